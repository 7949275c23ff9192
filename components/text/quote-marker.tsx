import { getLocale, getTranslations } from "next-intl/server";
import type { ShownSpeaker } from "@/lib/quotes/shown-speaker";
import { MARKER_SYMBOLS, type MarkerWords } from "./provenance-words";
import { languageNames } from "@/components/text/language-names";

type QuoteMarkerProps = {
  popoverId: string;
  href: string;
  words: MarkerWords;
  speaker: ShownSpeaker | null;
  isTerm: boolean;
  spokenLanguage: string | null;
  // a row's one tab stop (the original's first marker, until reader-keys picks the first one
  // on screen); the arrow keys reach the others
  isTabStop: boolean;
};

// The badge after a quotation, in words and a symbol, and its popover: who, the language
// spoken if the report says, and what the badge means. The popover opens on hover, on focus
// (CSS, so without script too) and on tap (reader-keys); the badge is described by it.
export async function QuoteMarker({ popoverId, href, words, speaker, isTerm, spokenLanguage, isTabStop }: QuoteMarkerProps) {
  const t = await getTranslations("Quote");
  const tl = languageNames(await getTranslations("Languages"));
  const locale = await getLocale();
  const languageName = tl;
  return (
    <span className="quote-mark" data-kind={words.kind} lang={locale}>
      <QuoteBadge words={words} as="button" tabIndex={isTabStop ? 0 : -1} describedBy={popoverId} />
      <span className="quote-pop" id={popoverId}>
        <span className="quote-pop-who">
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
        <span className="quote-pop-spoken">
          {spokenLanguage ? t("pop.spoken", { language: languageName(spokenLanguage) }) : t("pop.spokenNotStated")}
        </span>
        <span className="quote-pop-meaning">{words.meaning}</span>
        <a href={href} className="quote-pop-link">
          {t("pop.toList")}
        </a>
      </span>
    </span>
  );
}

type QuoteBadgeProps = { words: MarkerWords } & ({ as: "button"; tabIndex: number; describedBy: string } | { as: "span" });

// The same element in the text and in the legend, so that the legend shows what the text shows.
export function QuoteBadge(props: QuoteBadgeProps) {
  const content = (
    <>
      <span className="quote-symbol" aria-hidden="true">
        {MARKER_SYMBOLS[props.words.kind]}
      </span>{" "}
      {props.words.mark}
    </>
  );
  if (props.as === "span") return <span className="quote-badge">{content}</span>;
  return (
    <button type="button" className="quote-badge" tabIndex={props.tabIndex} aria-describedby={props.describedBy}>
      {content}
    </button>
  );
}
