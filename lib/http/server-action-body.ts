import { MAX_JSON_DEPTH } from "./body-limits";
import { jsonDepth } from "./read-json-body";

export type ActionBodyProblem = "not-utf8" | "not-json" | "not-arguments" | "too-deep";

// Next decodes a server action's arguments itself (React's decodeReply) and answers 500 when
// the text/plain body is not UTF-8 JSON, is not a list of arguments, or is nested deep enough
// to overflow the decoder's stack. The proxy runs first: it can read the body (a clone) and
// refuse it with 422 here. Multipart bodies are left to Next: their fields are decoded lazily.
export function serverActionBodyProblem(contentType: string | null, bytes: Uint8Array): ActionBodyProblem | null {
  if (!contentType?.startsWith("text/plain")) return null;
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return "not-utf8";
  }
  if (jsonDepth(text) > MAX_JSON_DEPTH) return "too-deep";
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return "not-json";
  }
  return Array.isArray(value) ? null : "not-arguments";
}
