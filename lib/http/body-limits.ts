import { MAX_REVIEW_COMMENT_LENGTH } from "@/lib/reviews/decide-translation";
import { MAX_ORIGIN_NOTE_LENGTH } from "@/lib/translations/validate-text";
import { MAX_TRANSLATION_LENGTH } from "@/lib/translations/validate-text";

// How large an /api request body may be, derived from the limits of what it carries, so
// that raising a text limit raises the cap with it. A client may write every character
// as a JSON escape (\uXXXX, six bytes: Python's json.dumps does so by default), and the
// field names, numbers and punctuation around the text fit in the envelope.
const JSON_BYTES_PER_CHARACTER = 6;
const ENVELOPE_BYTES = 1024;

export const MAX_QUOTE_ID_LENGTH = 100;
// More than any paragraph has quotations: a paragraph quoting twenty people is a list.
export const MAX_QUOTES_PER_SAVE = 20;

export function jsonBodyBytes(characters: number): number {
  return characters * JSON_BYTES_PER_CHARACTER + ENVELOPE_BYTES;
}

// Bodies that carry no free text (a version, a paragraph key): a few ids and numbers.
export const DEFAULT_MAX_BODY_BYTES = jsonBodyBytes(1000);

// A save: the text and a note per quotation marked as the speaker's own words (about 100 KB).
export const SAVE_MAX_BODY_BYTES = jsonBodyBytes(MAX_TRANSLATION_LENGTH + MAX_QUOTES_PER_SAVE * (MAX_QUOTE_ID_LENGTH + MAX_ORIGIN_NOTE_LENGTH));

// A review decision: its comment (about 13 KB).
export const REVIEW_MAX_BODY_BYTES = jsonBodyBytes(MAX_REVIEW_COMMENT_LENGTH);

// A TMX file into a pair's memory (app/api/memory/[pair]/tmx): 50,000 entries of a few
// sentences are about 11 MB (npm run bench), over the 10 MB of an XLIFF file
// (MAX_EXCHANGE_FILE_BYTES); this holds some 100,000 such entries. The file is parsed whole in
// memory, so the cap is also what one import may cost the server.
export const TMX_MAX_BODY_BYTES = 24 * 1024 * 1024;

// Deeper than any body of this API: a request nested past it is refused before it is parsed.
export const MAX_JSON_DEPTH = 16;
