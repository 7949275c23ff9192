import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { longReportKey, longReportMdx } from "./long-report";

describe("longReportMdx", () => {
  it("repeats the seed's blocks to the length asked for, with unique paragraph and quotation ids", () => {
    const seed = parseReport(longReportMdx({ paragraphs: 21 }), "seed.mdx");
    const report = parseReport(longReportMdx({ paragraphs: 100 }), "long.mdx");
    expect(report.units).toHaveLength(100);
    const seedQuotes = seed.units.flatMap((unit) => unit.quotes).length;
    expect(seedQuotes).toBeGreaterThan(0);
    // the parser refuses a duplicate id, so parsing at all proves uniqueness; the copies line up
    expect(report.units[0].key).toBe(seed.units[0].key);
    expect(report.units[seed.units.length].key).toBe(longReportKey(seed.units[0].key, 2));
    expect(report.units[seed.units.length].text).toBe(seed.units[0].text.replace(/id="([^"]+)"/g, (_, key: string) => `id="${longReportKey(key, 2)}"`));
    const quotes = report.units.flatMap((unit) => unit.quotes.map((quote) => quote.key));
    expect(new Set(quotes).size).toBe(quotes.length);
    expect(quotes.length).toBeGreaterThan(seedQuotes * 4);
    expect(report.title).toMatch(/^Reportage long \(100 paragraphes\) : /);
  });

  it("refuses a length that is not a positive integer", () => {
    expect(() => longReportMdx({ paragraphs: 0 })).toThrow(/positive integer/);
  });
});
