import type { getTranslations } from "next-intl/server";
import type { QuoteProvenance } from "@/lib/quotes/provenance";

export type MarkerKind = "as-published" | "own-words" | "translated" | "translated-by-outlet";

// meaningKey: names the one element of the page that says what the marker means (quote-notes.tsx);
// null for a meaning that belongs to one quotation (the translator's note on its source).
export type MarkerWords = { kind: MarkerKind; mark: string; meaning: string; meaningKey: string | null };

type QuoteT = Awaited<ReturnType<typeof getTranslations<"Quote">>>;

// Each translator's wordings so far, by marker: a page asks for the same few for every quotation
// of every column, and each formatting costs next-intl a cache key built by JSON.stringify of its
// arguments (a few per cent of a reader render's CPU). Weak: a translator lives for one request.
const wordings = new WeakMap<QuoteT, Map<string, MarkerWords>>();

// One wording per kind of marker, for the badge in the text, its popover and the legend,
// so that the legend's samples are the badges themselves.
export function markerWords(origin: QuoteProvenance, t: QuoteT, outlet: string): MarkerWords {
  const known = wordings.get(t) ?? new Map<string, MarkerWords>();
  wordings.set(t, known);
  const key = JSON.stringify([origin, outlet]);
  const words = known.get(key) ?? wordMarker(origin, t, outlet);
  known.set(key, words);
  return words;
}

function wordMarker(origin: QuoteProvenance, t: QuoteT, outlet: string): MarkerWords {
  if (origin.provenance === "translated" && origin.by === "outlet") {
    return {
      kind: "translated-by-outlet",
      mark: t("mark.translatedByOutlet", { outlet }),
      meaning: t("meaning.translatedByOutlet", { outlet, language: origin.from }),
      meaningKey: `translated-by-outlet-${origin.from}`,
    };
  }
  if (origin.provenance === "translated") {
    return {
      kind: "translated",
      mark: t("mark.translated", { language: origin.from }),
      meaning: t("meaning.translatedByNewsroom", { outlet, language: origin.from }),
      meaningKey: `translated-${origin.from}`,
    };
  }
  if (origin.basis === "as-published") {
    return { kind: "as-published", mark: t("mark.asPublished", { outlet }), meaning: t("meaning.asPublished", { outlet }), meaningKey: "as-published" };
  }
  return {
    kind: "own-words",
    mark: t("mark.ownWords"),
    meaning: origin.note ? t("meaning.ownWordsNote", { note: origin.note }) : t("meaning.ownWords"),
    meaningKey: origin.note ? null : "own-words",
  };
}

// A symbol per kind beside the words, so that kinds differ by shape too, never by colour alone.
export const MARKER_SYMBOLS: Record<MarkerKind, string> = {
  "as-published": "❞",
  "own-words": "●",
  translated: "⇄",
  "translated-by-outlet": "⇄",
};
