import { plainOf } from "./text-checks";
import type { CheckFinding, QualityCheck } from "./types";

const NO_BREAK = "\u00a0\u202f";

// The quotation marks each target language uses: Russian « » outside and „ “ inside, English
// curly “ ” and ‘ ’, French « » (with no-break spaces, see frenchSpaces). A straight mark is a
// typewriter's, never the target's.
function wrongMarks(text: string, language: string): string[] {
  const found: string[] = [];
  if (/"/.test(text)) found.push('"');
  if (language === "en") {
    if (/'/.test(text)) found.push("'");
    if (/[«»„]/.test(text)) found.push(text.match(/[«»„]/)?.[0] ?? "«");
    return found;
  }
  if (language === "ru") {
    // Depth decides: at the outer level « », inside a quotation „ “.
    let depth = 0;
    for (const mark of text) {
      if (mark === "«" || mark === "„") {
        if ((mark === "«") !== (depth === 0)) found.push(mark);
        depth += 1;
      } else if (mark === "»" || mark === "“") depth = Math.max(0, depth - 1);
      else if (mark === "”") found.push(mark);
    }
  }
  return [...new Set(found)];
}

export const typographyQuoteMarks: QualityCheck = {
  id: "typography-quote-marks",
  severity: "warning",
  kind: "style",
  run: ({ translation, targetLanguage }) =>
    wrongMarks(plainOf(translation.text), targetLanguage).map((mark) => ({ id: "typography-quote-marks", detail: mark })),
};

// Russian attributions ("», — сказал он") take an em dash between spaces, not a hyphen or an
// en dash, and not a dash glued to the words.
export const typographyDash: QualityCheck = {
  id: "typography-dash",
  severity: "warning",
  kind: "style",
  run: ({ translation, targetLanguage }) => {
    if (targetLanguage !== "ru") return [];
    const text = plainOf(translation.text);
    const spacedShort = text.match(/(?:^|[\s,.!?»“])[-–](?=\s)/u);
    const glued = text.match(/[\p{L},»]—|—\p{L}/u);
    const found = spacedShort?.[0].trim() ?? glued?.[0];
    return found ? [{ id: "typography-dash", detail: found }] : [];
  },
};

// A French target: a no-break space (U+00A0 or U+202F, both accepted) before ; : ! ? and » and
// after «. Weblate accepts both too (its users asked: Weblate #674).
export const frenchSpaces: QualityCheck = {
  id: "typography-french-spaces",
  severity: "warning",
  kind: "style",
  run: ({ translation, targetLanguage }) => {
    if (targetLanguage !== "fr") return [];
    const text = plainOf(translation.text);
    const findings: CheckFinding[] = [];
    for (const match of text.matchAll(/(.)([;:!?»])/gu)) {
      const [, before, mark] = match;
      if (NO_BREAK.includes(before)) continue;
      // 13:30, ?!, https:// are not punctuation that takes a space
      if (mark !== "»" && /[\d;:!?/]/.test(before)) continue;
      findings.push({ id: "typography-french-spaces", detail: mark });
    }
    for (const match of text.matchAll(/«(.)/gu)) {
      if (!NO_BREAK.includes(match[1])) findings.push({ id: "typography-french-spaces", detail: "«" });
    }
    return [...new Map(findings.map((finding) => [finding.detail, finding])).values()];
  },
};
