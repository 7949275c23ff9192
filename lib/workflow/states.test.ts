import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { asTranslationState, canTransition, isTranslationState, nextState, TRANSLATION_STATES, WORKFLOW_ACTIONS, type TranslationState, type WorkflowAction } from "./states";

// The whole state machine, written out: every action from every state is either here or refused.
const ALLOWED: Record<WorkflowAction, Partial<Record<TranslationState, TranslationState>>> = {
  save: { missing: "draft", draft: "draft", "in-review": "draft", "changes-requested": "draft", approved: "draft", outdated: "draft" },
  submit: { draft: "in-review", "changes-requested": "in-review" },
  approve: { "in-review": "approved" },
  "request-changes": { "in-review": "changes-requested", outdated: "changes-requested" },
  "keep-approval": { outdated: "approved" },
  "source-changed": { approved: "outdated" },
  "source-restored": { outdated: "approved" },
};

const cases = WORKFLOW_ACTIONS.flatMap((action) => TRANSLATION_STATES.map((state) => ({ action, state, to: ALLOWED[action][state] })));

describe("translation state machine", () => {
  it.each(cases.filter((entry) => entry.to))("$action from $state leads to $to", ({ action, state, to }) => {
    expect(canTransition(state, action)).toBe(true);
    expect(nextState(state, action)).toBe(to);
  });

  it.each(cases.filter((entry) => !entry.to))("$action from $state is refused", ({ action, state }) => {
    expect(canTransition(state, action)).toBe(false);
    expect(() => nextState(state, action)).toThrow(DomainError);
    try {
      nextState(state, action);
    } catch (error) {
      expect(error).toMatchObject({ code: "invalid-transition", details: { state, action } });
    }
  });

  it("never lets a translation be approved without a review", () => {
    const approving = WORKFLOW_ACTIONS.filter((action) => TRANSLATION_STATES.some((state) => canTransition(state, action) && nextState(state, action) === "approved"));
    expect(approving.sort()).toEqual(["approve", "keep-approval", "source-restored"]);
    expect(canTransition("draft", "approve")).toBe(false);
    expect(canTransition("changes-requested", "approve")).toBe(false);
  });

  it("reads only known states from the database", () => {
    expect(isTranslationState("in-review")).toBe(true);
    expect(isTranslationState("published")).toBe(false);
    expect(asTranslationState("outdated")).toBe("outdated");
    expect(() => asTranslationState("published")).toThrow();
  });
});
