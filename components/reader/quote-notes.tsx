import { getLocale, getTranslations } from "next-intl/server";
import { languageNames } from "@/components/text/language-names";
import { POPOVER_LINK_ID, quoteNoteIds } from "@/components/text/quote-note-ids";
import type { ShownQuote } from "@/components/text/quoted-text";

// What every quotation marker's popover says, written once for the page rather than once per
// marker: who said each quotation (in the interface language) and the language spoken, what each
// kind of marker means, and the popover's link. Hidden: the markers are described by these
// elements (aria-describedby), and the reader's script copies them into a popover (quote-popover.ts).
export async function QuoteNotes({ quotes, meanings }: { quotes: readonly ShownQuote[]; meanings: ReadonlyMap<string, string> }) {
  const t = await getTranslations("Quote");
  const tl = languageNames(await getTranslations("Languages"));
  const locale = await getLocale();
  return (
    <div hidden id="quote-notes">
      {quotes.map((quote) => {
        const ids = quoteNoteIds(quote.key, quote.spokenLanguage);
        const isTerm = quote.kind === "term";
        const { speaker } = quote;
        return (
          <span key={quote.key} id={ids.who}>
            {isTerm && speaker ? <>{t("pop.termBy")} </> : null}
            {speaker ? (
              <span lang={speaker.language === locale ? undefined : speaker.language}>
                <strong>{speaker.name}</strong>
                {speaker.role ? `, ${speaker.role}` : ""}
              </span>
            ) : (
              t(isTerm ? "pop.termNotAttributed" : "pop.speakerNotStated")
            )}
          </span>
        );
      })}
      {[...new Set(quotes.map((quote) => quote.spokenLanguage))].map((spoken) => (
        <span key={spoken ?? ""} id={quoteNoteIds("", spoken).spoken}>
          {spoken ? t("pop.spoken", { language: tl(spoken) }) : t("pop.spokenNotStated")}
        </span>
      ))}
      {[...meanings].map(([key, meaning]) => (
        <span key={key} id={quoteNoteIds("", null).meaning(key)}>
          {meaning}
        </span>
      ))}
      <span id={POPOVER_LINK_ID}>{t("pop.toList")}</span>
    </div>
  );
}
