import type { QuoteSpan } from "./types";

// Every top-level quotation of a block, in « », “ ” or straight "…" marks (marks inside an
// open quotation are its text: the parser does not nest quotations). A straight mark opens
// after a space, a bracket or an apostrophe and closes before a space or punctuation.
const PAIRS: Record<string, string> = { "«": "»", "“": "”" };
const INNER_SPACE = /[\s\u00a0\u202f]/u;
// An unclosed quotation ends before a sentence that reports speech instead of quoting it.
const REPORTED = /[.!?…]\s+(?=(?:Selon|D['’]après|Pour (?:lui|elle|eux|elles)\b|(?:Il|Elle|Ils|Elles) (?:explique|ajoute|affirme|estime|assure|précise|dit|raconte)))/u;

export function findQuotes(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let at = 0;
  while (at < text.length) {
    const open = nextOpening(text, at);
    if (open === -1) break;
    const close = closingOf(text, open);
    const span = close === null ? unclosedSpan(text, open) : closedSpan(text, open, close);
    spans.push(span);
    at = close === null ? span.end : close + 1;
  }
  return spans.filter((span) => span.end > span.start);
}

function nextOpening(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    if (PAIRS[text[i]] || (text[i] === '"' && opensStraight(text, i))) return i;
  }
  return -1;
}

function opensStraight(text: string, i: number): boolean {
  const before = text[i - 1];
  return (before === undefined || /[\s(\[’'«-]/u.test(before)) && text[i + 1] !== undefined && !/\s/u.test(text[i + 1]);
}

function closingOf(text: string, open: number): number | null {
  const mark = text[open];
  if (mark !== '"') {
    let depth = 0;
    for (let i = open; i < text.length; i += 1) {
      if (text[i] === mark) depth += 1;
      else if (text[i] === PAIRS[mark] && (depth -= 1) === 0) return i;
    }
    return null;
  }
  for (let i = open + 1; i < text.length; i += 1) {
    if (text[i] !== '"') continue;
    // a mark that looks like an opening after a space starts another quotation: this one is unclosed
    if (/\s/u.test(text[i - 1]) && opensStraight(text, i)) return null;
    return i;
  }
  return null;
}

function closedSpan(text: string, open: number, close: number): QuoteSpan {
  let start = open + 1;
  let end = close;
  while (start < end && INNER_SPACE.test(text[start])) start += 1;
  while (end > start && INNER_SPACE.test(text[end - 1])) end -= 1;
  return { open, close, start, end, after: close + 1 };
}

function unclosedSpan(text: string, open: number): QuoteSpan {
  let start = open + 1;
  while (start < text.length && INNER_SPACE.test(text[start])) start += 1;
  const next = nextOpening(text, start);
  const limit = next === -1 ? text.length : next;
  const reported = REPORTED.exec(text.slice(start, limit));
  let end = reported ? start + reported.index + 1 : limit;
  while (end > start && /\s/u.test(text[end - 1])) end -= 1;
  return { open, close: null, start, end, after: end };
}
