import { dateWords } from "./date-words";
import { plainOf } from "./text-checks";
import type { CheckFinding, QualityCheck } from "./types";

// A number as written: digits, with group separators (spaces, no-break spaces, commas,
// points) and a decimal mark between them.
const NUMBER = /\d+(?:[ \u00a0\u202f.,]\d+)*/g;
const SPACE_GROUPS = /^\d{1,3}(?:[ \u00a0\u202f]\d{3})+/;

type Written = { written: string; value: string };

// The number's value, read by the conventions of the text's language: French and Russian group
// with (no-break) spaces and write decimals with a comma, English groups with commas.
function readNumbers(text: string, language: string): Written[] {
  return Array.from(text.matchAll(NUMBER), (match) => match[0]).flatMap((written) => {
    // "5 6" is two numbers; only a group of exactly three digits continues one.
    const parts = written.split(/[ \u00a0\u202f](?!\d{3}(?!\d))/);
    return parts.map((part) => ({ written: part, value: valueOf(part, language) }));
  });
}

function valueOf(written: string, language: string): string {
  const compact = written.replace(/[ \u00a0\u202f]/g, "");
  // Dates written with points (05.01.2022) and anything with several marks stay as written.
  if (/\d+\.\d+\.\d+/.test(compact)) return compact;
  const group = language === "en" ? "," : ".";
  const decimal = language === "en" ? "." : ",";
  const ungrouped = compact.replace(new RegExp(`\\${group}(?=\\d{3}(?!\\d))`, "g"), "");
  return ungrouped.replace(decimal, ".").replace(/^0+(?=\d)/, "");
}

function multiset(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

function lacking<T extends { key: string }>(from: readonly T[], inside: readonly T[]): T[] {
  const left = multiset(inside.map((item) => item.key));
  return from.filter((item) => {
    const count = left.get(item.key) ?? 0;
    if (count > 0) left.set(item.key, count - 1);
    return count === 0;
  });
}

// Every number, month and weekday of the source is in the translation, and nothing else:
// a wrong date or figure reads as true. Numbers written in words are not compared.
export const numbersDates: QualityCheck = {
  id: "numbers-dates",
  severity: "warning",
  kind: "content",
  run: ({ source, translation, sourceLanguage, targetLanguage }) => {
    const sourceText = plainOf(source.text);
    const targetText = plainOf(translation.text);
    const numbersIn = (text: string, language: string) => readNumbers(text, language).map((n) => ({ key: n.value, word: n.written }));
    const sourceItems = [...numbersIn(sourceText, sourceLanguage), ...dateWords(sourceText, sourceLanguage)];
    const targetItems = [...numbersIn(targetText, targetLanguage), ...dateWords(targetText, targetLanguage)];
    const findings: CheckFinding[] = [
      ...lacking(sourceItems, targetItems).map((item) => ({ id: "numbers-dates" as const, detail: item.word })),
      ...lacking(targetItems, sourceItems).map((item) => ({ id: "numbers-dates" as const, detail: item.word })),
    ];
    return dedupe(findings);
  },
};

// Digits in the target language's format: 1,000.5 in English, 1 000,5 in French and Russian.
export const numberFormat: QualityCheck = {
  id: "number-format",
  severity: "warning",
  kind: "style",
  run: ({ translation, targetLanguage }) => {
    const text = plainOf(translation.text);
    const wrong = Array.from(text.matchAll(NUMBER), (match) => match[0]).filter((written) => {
      if (/^\d+\.\d+\.\d+$/.test(written)) return false;
      if (targetLanguage === "en") return SPACE_GROUPS.test(written) || /\d,(?!\d{3}(?!\d))\d+/.test(written);
      return /^\d{1,3}(?:,\d{3})+$/.test(written) ? false : /\d\.\d/.test(written);
    });
    return dedupe(wrong.map((written) => ({ id: "number-format" as const, detail: written })));
  },
};

function dedupe(findings: CheckFinding[]): CheckFinding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const key = `${finding.detail}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
