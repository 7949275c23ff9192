import { describe, expect, it } from "vitest";
import { TRANSLATION_STATES } from "@/lib/workflow/states";
import { parseStatesParam } from "./states-param";
import { fromXliffState, toXliffState } from "./xliff-states";

describe("XLIFF state mapping", () => {
  it("writes the issue's mapping", () => {
    expect(toXliffState("draft")).toEqual({ state: "initial", subState: "nr:draft" });
    expect(toXliffState("changes-requested")).toEqual({ state: "initial", subState: "nr:changes-requested" });
    expect(toXliffState("outdated")).toEqual({ state: "initial", subState: "nr:outdated" });
    expect(toXliffState("in-review")).toEqual({ state: "translated" });
    expect(toXliffState("approved")).toEqual({ state: "reviewed" });
    expect(toXliffState("missing")).toBeNull();
  });

  it("reads back every state it writes", () => {
    for (const state of TRANSLATION_STATES) {
      const written = toXliffState(state);
      expect(fromXliffState(written?.state, written?.subState, written !== null)).toBe(state);
    }
  });

  it("reads what other tools write: state changed without our subState, final, a foreign subState, no state at all", () => {
    expect(fromXliffState("translated", "nr:draft", true)).toBe("in-review"); // memoQ confirmed it, kept our subState
    expect(fromXliffState("final", undefined, true)).toBe("approved");
    expect(fromXliffState("initial", "memoq:edited", true)).toBe("draft");
    expect(fromXliffState(undefined, undefined, true)).toBe("draft");
    expect(fromXliffState("reviewed", undefined, false)).toBe("missing");
  });

  it("parses ?states=, refusing unknown ones", () => {
    expect(parseStatesParam(null)).toBeUndefined();
    expect(parseStatesParam("draft, in-review")).toEqual(["draft", "in-review"]);
    expect(() => parseStatesParam("draft,published")).toThrow(/published/);
  });
});
