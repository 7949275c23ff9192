import { distance } from "fastest-levenshtein";

// The fuzzy score, as OmegaT computes it: 1 − (word-level Levenshtein distance) / (the longer
// text's number of words). fastest-levenshtein works on strings of UTF-16 units, so each word is
// given one private-use character: the query's words in order of first appearance, and every
// word of the other text the query lacks one shared character no query word has (a word the
// query lacks can only ever be substituted or inserted, never matched, so which one it is does
// not change the distance).
const FIRST_CODE = 0xe000;
const LAST_CODE = 0xf8ff;

export type EncodedQuery = { codes: Map<string, string>; other: string; encoded: string; length: number };

export function encodeQuery(tokens: readonly string[]): EncodedQuery {
  const codes = new Map<string, string>();
  let encoded = "";
  for (const token of tokens) {
    let code = codes.get(token);
    if (code === undefined) {
      // More distinct words than private-use characters (over 6,000 in one paragraph): the
      // rest share the last code, which only makes the score lower, never higher.
      code = String.fromCharCode(Math.min(FIRST_CODE + codes.size, LAST_CODE - 1));
      codes.set(token, code);
    }
    encoded += code;
  }
  return { codes, other: String.fromCharCode(LAST_CODE), encoded, length: tokens.length };
}

export function tokenSimilarity(query: EncodedQuery, tokens: readonly string[]): number {
  const longer = Math.max(query.length, tokens.length);
  if (longer === 0) return 1;
  let encoded = "";
  for (const token of tokens) encoded += query.codes.get(token) ?? query.other;
  return 1 - distance(query.encoded, encoded) / longer;
}
