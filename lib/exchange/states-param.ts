import { DomainError } from "@/lib/errors";
import { isTranslationState, type TranslationState } from "@/lib/workflow/states";

// `?states=draft,in-review`: the workflow states to export; absent or empty means all.
export function parseStatesParam(value: string | null): TranslationState[] | undefined {
  if (!value) return undefined;
  const states = value.split(",").map((state) => state.trim()).filter(Boolean);
  const unknown = states.filter((state) => !isTranslationState(state));
  if (unknown.length > 0) {
    throw new DomainError("invalid", `Unknown states: ${unknown.join(", ")}`, { problems: [{ code: "exchange-states", detail: unknown.join(", ") }] });
  }
  return states.filter(isTranslationState);
}
