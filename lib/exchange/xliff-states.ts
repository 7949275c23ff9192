import type { TranslationState } from "@/lib/workflow/states";

export const XLIFF_NS = "urn:oasis:names:tc:xliff:document:2.0";
export const MDA_NS = "urn:oasis:names:tc:xliff:metadata:2.0";
// The project's own prefix for subState values and metadata categories (XLIFF 2.0 §4.3.1.29:
// "prefix:value", a prefix of a registered or private authority).
export const NR_PREFIX = "nr";

export type XliffState = "initial" | "translated" | "reviewed" | "final";
export type SegmentState = { state: XliffState; subState: string } | { state: "translated" | "reviewed"; subState?: undefined };

// Our workflow state as XLIFF states it. XLIFF has four states; ours that have no match of
// their own are "initial" with our subState, so a tool that knows only the core reads them as
// work to do, and a tool that keeps subState (the specification says it must) gives them back.
// A missing translation has no target, so no state.
export function toXliffState(state: TranslationState): SegmentState | null {
  switch (state) {
    case "missing":
      return null;
    case "in-review":
      return { state: "translated" };
    case "approved":
      return { state: "reviewed" };
    case "draft":
    case "changes-requested":
    case "outdated":
      return { state: "initial", subState: `${NR_PREFIX}:${state}` };
  }
}

// What a file's segment says, read back: our subState wins where it is there and agrees with
// the state (a tool that changed the state of a segment we marked initial left our subState
// behind, as XLIFF asks tools to drop a subState they do not understand, but many keep it).
export function fromXliffState(state: string | undefined, subState: string | undefined, hasTarget: boolean): TranslationState {
  if (!hasTarget) return "missing";
  const ours = subState?.startsWith(`${NR_PREFIX}:`) ? subState.slice(NR_PREFIX.length + 1) : undefined;
  switch (state ?? "initial") {
    case "translated":
      return "in-review";
    case "reviewed":
    case "final":
      return "approved";
    default:
      return ours && isInitialState(ours) ? ours : "draft";
  }
}

const INITIAL_STATES = ["draft", "changes-requested", "outdated"] as const;

function isInitialState(value: string): value is (typeof INITIAL_STATES)[number] {
  return (INITIAL_STATES as readonly string[]).includes(value);
}
