import { DomainError } from "@/lib/errors";

export const TRANSLATION_STATES = [
  "missing",
  "draft",
  "in-review",
  "changes-requested",
  "approved",
  "outdated",
] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

export const WORKFLOW_ACTIONS = [
  "save",
  "submit",
  "approve",
  "request-changes",
  "keep-approval",
  "source-changed",
  "source-restored",
] as const;
export type WorkflowAction = (typeof WORKFLOW_ACTIONS)[number];

// What the audit trail records: every workflow action, plus restoring an old revision (a save).
export type EventAction = WorkflowAction | "restore";

// The whole state machine: for each action, the states it may start from and where it leads.
const TRANSITIONS: Record<WorkflowAction, { from: readonly TranslationState[]; to: TranslationState }> = {
  save: { from: ["missing", "draft", "in-review", "changes-requested", "approved", "outdated"], to: "draft" },
  submit: { from: ["draft", "changes-requested"], to: "in-review" },
  approve: { from: ["in-review"], to: "approved" },
  "request-changes": { from: ["in-review", "outdated"], to: "changes-requested" },
  "keep-approval": { from: ["outdated"], to: "approved" },
  "source-changed": { from: ["approved"], to: "outdated" },
  "source-restored": { from: ["outdated"], to: "approved" },
};

export function canTransition(state: TranslationState, action: WorkflowAction): boolean {
  return TRANSITIONS[action].from.includes(state);
}

export function nextState(state: TranslationState, action: WorkflowAction): TranslationState {
  if (!canTransition(state, action)) {
    throw new DomainError("invalid-transition", `Cannot ${action} a translation that is ${state}`, { state, action });
  }
  return TRANSITIONS[action].to;
}

export function isTranslationState(value: unknown): value is TranslationState {
  return typeof value === "string" && (TRANSLATION_STATES as readonly string[]).includes(value);
}

export function asTranslationState(value: string): TranslationState {
  if (!isTranslationState(value)) throw new Error(`Unknown translation state in the database: ${value}`);
  return value;
}
