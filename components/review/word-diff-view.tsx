import type { DiffPart } from "@/lib/diff/word-diff";

// Added words underlined, removed ones struck through, and said in words for screen readers:
// never by colour alone. `language`: the labels' language, when the text's is another (the reader).
export function WordDiffView({ parts, labels, language }: { parts: readonly DiffPart[]; labels: { added: string; removed: string }; language?: string }) {
  return parts.map((part, index) => {
    if (part.kind === "same") return <span key={index}>{part.text}</span>;
    const Tag = part.kind === "added" ? "ins" : "del";
    return (
      <Tag key={index} className={`review-diff-${part.kind}`}>
        <span className="visually-hidden" lang={language}>
          [{part.kind === "added" ? labels.added : labels.removed}:{" "}
        </span>
        {part.text}
        <span className="visually-hidden">]</span>
      </Tag>
    );
  });
}
