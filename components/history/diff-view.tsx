"use client";

import { useTranslations } from "next-intl";
import { hasChanges, wordDiff } from "@/lib/diff/word-diff";
import "./history.css";
import { parseInlineMarkup, plainText } from "@/lib/quotes/inline-markup";

type DiffViewProps = { before: string; after: string; language: string; label?: string };

// A word diff of what a reader would read (quotation markup aside), as text: removed words
// struck through, added ones underlined, each also named for screen readers.
export function DiffView({ before, after, language, label }: DiffViewProps) {
  const t = useTranslations("History");
  const readable = (text: string) => plainText(parseInlineMarkup(text).segments);
  const parts = wordDiff(readable(before), readable(after), language);
  if (!hasChanges(parts)) {
    return <p className="word-diff-none">{before === after ? t("diffIdentical") : t("diffMarkupOnly")}</p>;
  }
  return (
    <div className="word-diff" lang={language} role={label ? "group" : undefined} aria-label={label}>
      {parts.map((part, index) => {
        if (part.kind === "same") return <span key={index}>{part.text}</span>;
        const Tag = part.kind === "added" ? "ins" : "del";
        return (
          <Tag key={index}>
            <span className="visually-hidden">{t(part.kind === "added" ? "diffAdded" : "diffRemoved")} </span>
            {part.text}
          </Tag>
        );
      })}
    </div>
  );
}
