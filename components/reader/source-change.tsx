import { WordDiffView } from "@/components/review/word-diff-view";
import { pageWords } from "@/components/text/page-words";
import { wordDiff } from "@/lib/diff/word-diff";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";

// How the original read before a correction, against after: the review page's word diff
// (one presentation), removed and added words as <del>/<ins> with spoken labels, not colour alone.
export function SourceDiff({ before, after, sourceLanguage }: { before: string; after: string; sourceLanguage: string }) {
  const { cell: t, locale } = pageWords();
  const parts = wordDiff(plainText(parseInlineMarkup(before).segments), plainText(parseInlineMarkup(after).segments));
  return (
    <p className="diff" lang={sourceLanguage}>
      <WordDiffView parts={parts} labels={{ added: t("added"), removed: t("removed") }} language={locale} />
    </p>
  );
}

// For an outdated translation: how the original read when it was approved, against now.
export function SourceChange({ before, after, sourceLanguage }: { before: string; after: string; sourceLanguage: string }) {
  const { cell: t, locale } = pageWords();
  return (
    <details className="source-change">
      <summary lang={locale}>{t("whatChanged")}</summary>
      <SourceDiff before={before} after={after} sourceLanguage={sourceLanguage} />
    </details>
  );
}
