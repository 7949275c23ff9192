import { plainOf } from "./text-checks";
import type { QualityCheck } from "./types";

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;

// A Latin "A" or "o" inside a Cyrillic word (or the reverse) looks right and breaks search,
// sorting and screen readers. Words are runs of letters; a hyphen separates them (Almaty-ТВ).
export function mixedScriptWords(text: string): string[] {
  const words = Array.from(text.matchAll(/[\p{L}\p{M}]+/gu), (match) => match[0]);
  return [...new Set(words.filter((word) => LATIN.test(word) && CYRILLIC.test(word)))];
}

export const mixedScript: QualityCheck = {
  id: "mixed-script",
  severity: "error",
  kind: "content",
  run: ({ translation }) => mixedScriptWords(plainOf(translation.text)).map((word) => ({ id: "mixed-script", detail: word })),
};
