import { pageWords } from "@/components/text/page-words";

// A translator's note tied to its paragraph, marked as ours (not the original's), in the
// translation's language; approved with the text it belongs to.
export function TranslatorNote({ note, language }: { note: string; language: string }) {
  const { cell: t, locale } = pageWords();
  return (
    // role=note, not a landmark: a page has one per paragraph and language
    <div className="translator-note" role="note" aria-label={t("translatorNote")} lang={locale}>
      <p>
        <span aria-hidden="true" className="translator-note-symbol">
          ✎
        </span>{" "}
        <strong>{t("translatorNote")}</strong> <span className="translator-note-ours">{t("translatorNoteOurs")}</span>
      </p>
      <p lang={language}>{note}</p>
    </div>
  );
}
