import fs from "node:fs";
import path from "node:path";
import { parseReport, type ParsedReport } from "@/lib/content/parse-report";
import { proposeReport, type Proposal } from "./propose-report";

// For the tests: the seed article's plain text (a copy of shared/seeds/000_18a66d7bebec5b2f.txt
// kept in the repository, so CI needs nothing outside it), what content:new proposes for it
// with the hand-made report's title and outlet, and the quotations of a parsed report.
export const SEED_TEXT = fs.readFileSync(path.join(import.meta.dirname, "fixtures", "almaty.txt"), "utf8");
export const HAND_MADE_FILE = path.resolve(import.meta.dirname, "../../../content/reports/almaty-janvier-2022.mdx");

export function proposeSeed(): Proposal {
  const handMade = parseReport(fs.readFileSync(HAND_MADE_FILE, "utf8"), HAND_MADE_FILE);
  return proposeReport({ text: SEED_TEXT, title: handMade.title, outlet: handMade.outlet, targetLanguages: ["en", "ru"] });
}

export type QuotedWords = { key: string; kind: "speech" | "term"; text: string; speakerName: string | null; isClosed: boolean; unit: number };

export function quotationsOf(report: ParsedReport): QuotedWords[] {
  return report.units.flatMap((unit, index) =>
    unit.quotes.map((quote) => ({
      key: quote.key,
      kind: quote.kind,
      text: new RegExp(`<q id="${quote.key}">([^<]*)</q>`).exec(unit.text)![1],
      speakerName: quote.speakerKey ? report.speakers[quote.speakerKey].name : null,
      isClosed: quote.isClosed,
      unit: index,
    })),
  );
}

// A unit's text as a reader reads it: the quotation spans' tags left out.
export function plainText(text: string): string {
  return text.replace(/<q id="[^"]*">|<\/q>/g, "");
}
