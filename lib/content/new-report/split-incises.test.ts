import { describe, expect, it } from "vitest";
import { findQuotes } from "./find-quotes";
import { splitIncises } from "./split-incises";

const parts = (text: string) => splitIncises(text, findQuotes(text)).map((span) => text.slice(span.start, span.end));

describe("splitIncises", () => {
  it("cuts a quotation around the attribution written inside its marks", () => {
    expect(parts("« Nous resterons, affirme-t-il, jusqu’au bout. »")).toEqual(["Nous resterons", "jusqu’au bout."]);
    expect(parts("« Rien, poursuit Jean Dupont, maire de Lyon, ne changera. »")).toEqual(["Rien", "ne changera."]);
  });

  it("leaves a quotation whose commas are the speaker's alone", () => {
    expect(parts("« Je dis non, puis je pars, voilà tout. »")).toEqual(["Je dis non, puis je pars, voilà tout."]);
    expect(parts(`"Vous savez, chez nous, chaque gros oligarque a ses bataillons", explique-t-il.`)).toEqual([
      "Vous savez, chez nous, chaque gros oligarque a ses bataillons",
    ]);
  });
});
