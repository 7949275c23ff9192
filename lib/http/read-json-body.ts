import { DomainError } from "@/lib/errors";
import { MAX_JSON_DEPTH } from "./body-limits";

// Reads a JSON request body without trusting it: at most `maxBytes` (refused from the
// declared Content-Length at once, otherwise counted while the stream is read, which stops
// at the cap), strict UTF-8, and no deeper than MAX_JSON_DEPTH, all before JSON.parse.
// An empty body reads as {} so that optional bodies (submit) can be left out.
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const bytes = await readBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new DomainError("invalid", "The body is not valid UTF-8", { problems: [{ code: "not-utf8" }] });
  }
  if (text.trim() === "") return {};
  if (jsonDepth(text) > MAX_JSON_DEPTH) {
    throw new DomainError("invalid", "The body is nested too deeply", { problems: [{ code: "too-deep", max: MAX_JSON_DEPTH }] });
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError("invalid", "The body is not JSON", { problems: [{ code: "not-json" }] });
  }
}

// The body as bytes, at most maxBytes: also for routes whose body is a file (lib/exchange).
export async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number): DomainError {
  return new DomainError("too-large", "The body is larger than this route accepts", { maxBytes });
}

// The deepest nesting of arrays and objects, brackets inside strings ignored; invalid JSON
// is left for JSON.parse to refuse.
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let isInString = false;
  for (let index = 0; index < text.length; index++) {
    const character = text[index];
    if (isInString) {
      if (character === "\\") index++;
      else if (character === '"') isInString = false;
    } else if (character === '"') isInString = true;
    else if (character === "[" || character === "{") deepest = Math.max(deepest, ++depth);
    else if (character === "]" || character === "}") depth--;
  }
  return deepest;
}
