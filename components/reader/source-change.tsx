import { getLocale, getTranslations } from "next-intl/server";
import { wordDiff } from "@/lib/diff/word-diff";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";

// For an outdated translation: how the original read when it was approved, against now.
// Removed and added words are <del>/<ins> with spoken labels, not colour alone.
export async function SourceChange({ before, after, sourceLanguage }: { before: string; after: string; sourceLanguage: string }) {
  const t = await getTranslations("ReaderCell");
  const locale = await getLocale();
  const parts = wordDiff(plainText(parseInlineMarkup(before).segments), plainText(parseInlineMarkup(after).segments));
  return (
    <details className="source-change">
      <summary lang={locale}>{t("whatChanged")}</summary>
      <p className="diff" lang={sourceLanguage}>
        {parts.map((part, index) => {
          if (part.kind === "same") return <span key={index}>{part.text}</span>;
          const Tag = part.kind === "added" ? "ins" : "del";
          return (
            <Tag key={index}>
              <span className="visually-hidden" lang={locale}>
                {`[${t(part.kind)}: `}
              </span>
              {part.text}
              <span className="visually-hidden">]</span>
            </Tag>
          );
        })}
      </p>
    </details>
  );
}
