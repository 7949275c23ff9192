import { describe, expect, it } from "vitest";
import { mapMatchQuotes } from "./map-quotes";

const match = '"<q id="q-a">I came here</q>," says Dinara. "<q id="q-b">It was a war</q>."';

describe("mapMatchQuotes", () => {
  it("keeps the spans when the match has the paragraph's ids", () => {
    expect(mapMatchQuotes(match, ["q-b", "q-a"])).toEqual({ markup: match, mapping: "ids" });
  });

  it("maps spans by order onto other ids when the counts agree", () => {
    expect(mapMatchQuotes(match, ["q-one", "q-two"])).toEqual({
      markup: '"<q id="q-one">I came here</q>," says Dinara. "<q id="q-two">It was a war</q>."',
      mapping: "order",
    });
  });

  it("gives only the plain text when the spans cannot be mapped", () => {
    expect(mapMatchQuotes(match, ["q-one"])).toEqual({ markup: '"I came here," says Dinara. "It was a war."', mapping: "none" });
    expect(mapMatchQuotes("No quotation here.", ["q-one"])).toEqual({ markup: "No quotation here.", mapping: "none" });
    expect(mapMatchQuotes("No quotation here.", [])).toEqual({ markup: "No quotation here.", mapping: "ids" });
  });
});
