import { z } from "zod";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { isCheckId, type CheckId } from "./types";

export type CheckOverride = { check: CheckId; reason: string };

export const MAX_OVERRIDE_REASON_LENGTH = 500;

// Revision.checkOverrides is a JSON list; anything unreadable reads as none.
export function parseOverrides(json: string | null): CheckOverride[] {
  if (!json) return [];
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return [];
    return value.flatMap((item: unknown) => {
      const parsed = z.object({ check: z.string(), reason: z.string() }).safeParse(item);
      return parsed.success && isCheckId(parsed.data.check) ? [{ check: parsed.data.check, reason: parsed.data.reason }] : [];
    });
  } catch {
    return [];
  }
}

// The overrides in force: the newer reason for a check replaces the older one.
export function mergeOverrides(before: readonly CheckOverride[], after: readonly CheckOverride[]): CheckOverride[] {
  const merged = new Map(before.map((override) => [override.check, override]));
  for (const override of after) merged.set(override.check, override);
  return [...merged.values()];
}

// Each override names an error check and says why, in plain words, once per check.
export function overrideProblems(overrides: readonly { check: string; reason: string }[]): { code: "override-reason"; detail: string; max: number }[] {
  const seen = new Set<string>();
  return overrides.flatMap((override) => {
    const isValid = isCheckId(override.check) && !seen.has(override.check) && !isBlank(override.reason) &&
      override.reason.length <= MAX_OVERRIDE_REASON_LENGTH &&
      plainTextProblems(override.reason, { isMultiline: true }).length === 0;
    seen.add(override.check);
    return isValid ? [] : [{ code: "override-reason" as const, detail: override.check, max: MAX_OVERRIDE_REASON_LENGTH }];
  });
}
