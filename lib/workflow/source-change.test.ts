import { describe, expect, it } from "vitest";
import { isApprovalOutdated, stateAfterSourceChange } from "./source-change";
import { TRANSLATION_STATES } from "./states";

describe("a change of the source wording", () => {
  it("outdates an approval given against another wording", () => {
    expect(stateAfterSourceChange({ state: "approved", approvedSourceHash: "old" }, "new")).toEqual({ action: "source-changed", to: "outdated" });
  });

  it("leaves an approval alone when the wording it holds for is still the current one", () => {
    expect(stateAfterSourceChange({ state: "approved", approvedSourceHash: "new" }, "new")).toBeNull();
  });

  it("restores the approval when the wording comes back to the approved one", () => {
    expect(stateAfterSourceChange({ state: "outdated", approvedSourceHash: "old" }, "old")).toEqual({ action: "source-restored", to: "approved" });
  });

  it("keeps an outdated translation outdated through a further change", () => {
    expect(stateAfterSourceChange({ state: "outdated", approvedSourceHash: "old" }, "newer")).toBeNull();
  });

  it.each(TRANSLATION_STATES.filter((state) => state !== "approved" && state !== "outdated"))(
    "does not change the state of work under way (%s): the reader marks the approved text instead",
    (state) => {
      expect(stateAfterSourceChange({ state, approvedSourceHash: "old" }, "new")).toBeNull();
      expect(stateAfterSourceChange({ state, approvedSourceHash: null }, "new")).toBeNull();
    },
  );

  it("tells readers whether the approved text holds for the current wording", () => {
    expect(isApprovalOutdated({ approvedRevisionId: "r1", approvedSourceHash: "old" }, "new")).toBe(true);
    expect(isApprovalOutdated({ approvedRevisionId: "r1", approvedSourceHash: "new" }, "new")).toBe(false);
    expect(isApprovalOutdated({ approvedRevisionId: null, approvedSourceHash: null }, "new")).toBe(false);
  });
});
