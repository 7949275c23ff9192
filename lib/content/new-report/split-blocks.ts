import type { Block } from "./types";

export type SplitText = { title: string | null; date: string | null; blocks: Block[] };

// How the newsroom's plain-text articles are laid out (see fixtures/almaty.txt): blocks are
// separated by blank lines; a short line without final punctuation is a heading (a short
// question too); a first block that reads as a heading is the title line; an export may start
// with "date 2022-01 " before the first words, which is the date, not the lede's text.
const LEADING_DATE = /^\s*date\s+(\d{4}(?:-\d{2}){0,2})\s+/;
const HEADING_MAX_CHARS = 100;
const HEADING_MAX_WORDS = 14;
// a title runs longer than a heading: "Kazakhstan : une semaine après la répression, les habitants…"
const TITLE_MAX_CHARS = 200;

export function splitBlocks(input: string): SplitText {
  let text = input.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const date = LEADING_DATE.exec(text)?.[1] ?? null;
  if (date) text = text.replace(LEADING_DATE, "");
  const chunks = text
    .split(/\n[ \t]*\n/)
    .map((chunk) => chunk.split("\n").map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  const blocks: Block[] = chunks.map((lines) => ({
    kind: lines.length === 1 && isHeadingLike(lines[0]) ? "heading" : "paragraph",
    // a line break inside a block reads as a space, as the MDX parser reads it
    text: lines.join(" "),
  }));
  const hasTitleLine = blocks.length > 1 && chunks[0].length === 1 && isTitleLike(chunks[0][0]);
  return { title: hasTitleLine ? blocks[0].text : null, date, blocks: hasTitleLine ? blocks.slice(1) : blocks };
}

export function isHeadingLike(line: string): boolean {
  return line.length <= HEADING_MAX_CHARS && line.split(/\s+/).length <= HEADING_MAX_WORDS && isTitleLike(line);
}

function isTitleLike(line: string): boolean {
  if (line.length > TITLE_MAX_CHARS) return false;
  const bare = line.replace(/[\s"»”’)\]]+$/u, "");
  if (/[.…:;,]$/u.test(bare)) return false;
  // two sentences are a paragraph, however short
  return !/[.!?…]["»”]?\s+\p{Lu}/u.test(bare);
}
