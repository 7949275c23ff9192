import type { MdxBlock } from "./build-mdx";
import type { QuoteDecision, UnsureItem } from "./types";

export const ROLE_UNKNOWN = "non précisé";

type UnsureInput = {
  dateFromText: string | null;
  titleLine: string | null;
  // what --date and --title said, used instead of what the text has
  givenDate?: string;
  givenTitle?: string;
  blocks: MdxBlock[];
  decisions: { decision: QuoteDecision; id: string }[];
  speakers: Record<string, { name: string; role: string }>;
};

// What content:new guessed and the editor has to check, in the order of the report.
export function collectUnsure({ dateFromText, titleLine, givenDate, givenTitle, blocks, decisions, speakers }: UnsureInput): UnsureItem[] {
  const items: UnsureItem[] = [];
  if (dateFromText) {
    const used = givenDate ? `left out of the first paragraph (--date ${givenDate} used)` : "read as the date, not as words of the first paragraph";
    items.push({ where: "report", what: `"date ${dateFromText}" at the start of the text ${used}` });
  }
  if (titleLine) {
    const used = givenTitle ? "left out of the paragraphs; --title used instead" : "read as the title, not as a heading";
    items.push({ where: "report", what: `the first line, "${titleLine}", ${used}` });
  }
  blocks.forEach((block, index) => {
    if (block.kind === "heading" && /[?!]$/u.test(block.text)) {
      items.push({ where: block.id, what: "a short line ending with a question or exclamation mark, read as a heading" });
    }
    for (const { decision, id } of decisions.filter((entry) => entry.decision.blockIndex === index)) {
      const words = block.text.slice(decision.span.start, decision.span.end);
      if (decision.span.close === null) {
        items.push({ where: id, what: `the quotation "${excerpt(words)}" is never closed in the text; proposed to end after "…${ending(words)}"` });
      }
      if (!decision.isSure) items.push({ where: id, what: `"${excerpt(words)}": ${speakerNote(decision)}` });
    }
  });
  for (const [key, speaker] of Object.entries(speakers)) {
    if (speaker.role === ROLE_UNKNOWN) items.push({ where: `speaker ${key}`, what: `no role found for ${speaker.name}: written as "${ROLE_UNKNOWN}"` });
  }
  return items;
}

function speakerNote(decision: QuoteDecision): string {
  const label = decision.kind === "term" ? "term attributed to" : "speaker";
  if (!decision.speaker) return `${label} not-stated (${decision.reason ?? "no attribution found"})`;
  return `${label} ${decision.speaker.name}? (${decision.reason})`;
}

// the last words, from a word's start: "…milliers de terroristes ?"
function ending(words: string): string {
  const tail = words.slice(-30);
  return words.length > 30 && tail.includes(" ") ? tail.slice(tail.indexOf(" ") + 1) : tail;
}

function excerpt(words: string): string {
  return words.length > 50 ? `${words.slice(0, 50)}…` : words;
}
