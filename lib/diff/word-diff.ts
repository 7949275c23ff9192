import { diffArrays } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

// Word-level diff, whitespace kept so the result reads as the text does. Words are found
// with Intl.Segmenter: jsdiff's own word pattern only knows Latin letters and would diff
// Cyrillic letter by letter.
export function wordDiff(before: string, after: string, language = "und"): DiffPart[] {
  const segmenter = new Intl.Segmenter(language, { granularity: "word" });
  const tokens = (text: string) => Array.from(segmenter.segment(text), (piece) => piece.segment);
  const parts: DiffPart[] = [];
  for (const change of diffArrays(tokens(before), tokens(after))) {
    const kind = change.added ? "added" : change.removed ? "removed" : "same";
    const text = change.value.join("");
    const last = parts.at(-1);
    if (last?.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return groupChanges(parts);
}

// "removed a, kept space, added b, kept space, removed c…" reads badly: a run of changes
// separated only by spaces becomes one removed and one added part.
function groupChanges(parts: DiffPart[]): DiffPart[] {
  const grouped: DiffPart[] = [];
  let index = 0;
  while (index < parts.length) {
    if (parts[index].kind === "same") {
      grouped.push(parts[index++]);
      continue;
    }
    let end = index;
    while (end + 1 < parts.length) {
      const next = parts[end + 1];
      const isGap = next.kind === "same" && next.text.trim() === "" && parts[end + 2] !== undefined && parts[end + 2].kind !== "same";
      if (next.kind !== "same") end += 1;
      else if (isGap) end += 2;
      else break;
    }
    const run = parts.slice(index, end + 1);
    const hasBoth = run.some((part) => part.kind === "added") && run.some((part) => part.kind === "removed");
    if (hasBoth) {
      const side = (kind: DiffPart["kind"]) => run.filter((part) => part.kind === kind || part.kind === "same").map((part) => part.text).join("");
      grouped.push({ kind: "removed", text: side("removed") }, { kind: "added", text: side("added") });
    } else {
      grouped.push(...run);
    }
    index = end + 1;
  }
  return grouped;
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((part) => part.kind !== "same");
}
