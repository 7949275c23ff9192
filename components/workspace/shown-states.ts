import { NEEDS_WORK } from "@/lib/workspace/needs-work";
import type { TranslationState } from "@/lib/workflow/states";
import { STATE_ORDER } from "@/components/states/state-icons";

// The filter in the address: ?show=all, or the states to show (default: what needs work).
export function parseShown(value: string | undefined): TranslationState[] {
  if (value === "all") return [...STATE_ORDER];
  const chosen = (value ?? "").split(",").filter((state): state is TranslationState => (STATE_ORDER as string[]).includes(state));
  return chosen.length > 0 ? STATE_ORDER.filter((state) => chosen.includes(state)) : [...NEEDS_WORK];
}

export function formatShown(shown: TranslationState[]): string {
  return shown.length === STATE_ORDER.length ? "all" : shown.join(",");
}
