import type { getTranslations } from "next-intl/server";
import type { QuoteProvenance } from "@/lib/quotes/provenance";

export type MarkerKind = "as-published" | "own-words" | "translated" | "translated-by-outlet";

export type MarkerWords = { kind: MarkerKind; mark: string; meaning: string };

type QuoteT = Awaited<ReturnType<typeof getTranslations<"Quote">>>;

// One wording per kind of marker, for the badge in the text, its popover and the legend,
// so that the legend's samples are the badges themselves.
export function markerWords(origin: QuoteProvenance, t: QuoteT, outlet: string): MarkerWords {
  if (origin.provenance === "translated" && origin.by === "outlet") {
    return {
      kind: "translated-by-outlet",
      mark: t("mark.translatedByOutlet", { outlet }),
      meaning: t("meaning.translatedByOutlet", { outlet, language: origin.from }),
    };
  }
  if (origin.provenance === "translated") {
    return {
      kind: "translated",
      mark: t("mark.translated", { language: origin.from }),
      meaning: t("meaning.translatedByNewsroom", { outlet, language: origin.from }),
    };
  }
  if (origin.basis === "as-published") {
    return { kind: "as-published", mark: t("mark.asPublished", { outlet }), meaning: t("meaning.asPublished", { outlet }) };
  }
  return {
    kind: "own-words",
    mark: t("mark.ownWords"),
    meaning: origin.note ? t("meaning.ownWordsNote", { note: origin.note }) : t("meaning.ownWords"),
  };
}

// A symbol per kind beside the words, so that kinds differ by shape too, never by colour alone.
export const MARKER_SYMBOLS: Record<MarkerKind, string> = {
  "as-published": "❞",
  "own-words": "●",
  translated: "⇄",
  "translated-by-outlet": "⇄",
};
