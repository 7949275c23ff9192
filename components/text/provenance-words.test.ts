import { describe, expect, it, vi } from "vitest";
import { markerWords } from "./provenance-words";

type QuoteT = Parameters<typeof markerWords>[1];

const translator = () => vi.fn((key: string, values?: Record<string, string>) => `${key} ${JSON.stringify(values ?? {})}`) as unknown as QuoteT & ReturnType<typeof vi.fn>;

describe("markerWords", () => {
  it("formats each kind of marker once per translator, however many quotations ask", () => {
    const t = translator();
    const origin = { provenance: "translated", from: "ru", by: "newsroom" } as const;
    const first = markerWords(origin, t, "France 24");
    expect(markerWords({ ...origin }, t, "France 24")).toEqual(first);
    expect(t).toHaveBeenCalledTimes(2);
  });

  it("keeps apart what differs: the language, the outlet, a translator's note, the translator", () => {
    const t = translator();
    expect(markerWords({ provenance: "translated", from: "ru", by: "newsroom" }, t, "A").meaningKey).toBe("translated-ru");
    expect(markerWords({ provenance: "translated", from: "kk", by: "newsroom" }, t, "A").meaningKey).toBe("translated-kk");
    expect(markerWords({ provenance: "original", basis: "own-words", note: "one" }, t, "A").meaning).toContain("one");
    expect(markerWords({ provenance: "original", basis: "own-words", note: "two" }, t, "A").meaning).toContain("two");
    expect(markerWords({ provenance: "original", basis: "as-published" }, t, "B").mark).toContain("B");
    const other = translator();
    markerWords({ provenance: "translated", from: "ru", by: "newsroom" }, other, "A");
    expect(other).toHaveBeenCalledTimes(2);
  });
});
