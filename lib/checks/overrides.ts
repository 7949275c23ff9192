import { z } from "zod";
import { DomainError } from "@/lib/errors";
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

export type OverrideInput = { check: string; reason: string };

// Each override names a check and says why, in plain words, once per check; refused (422,
// nothing written) otherwise.
export function readOverrides(input: readonly OverrideInput[]): CheckOverride[] {
  const seen = new Set<string>();
  const overrides: CheckOverride[] = [];
  const problems: { code: "override-reason"; detail: string; max: number }[] = [];
  for (const { check, reason } of input) {
    const isValid =
      isCheckId(check) &&
      !seen.has(check) &&
      !isBlank(reason) &&
      reason.length <= MAX_OVERRIDE_REASON_LENGTH &&
      plainTextProblems(reason, { isMultiline: true }).length === 0;
    seen.add(check);
    if (isValid) overrides.push({ check, reason: reason.trim() });
    else problems.push({ code: "override-reason", detail: check, max: MAX_OVERRIDE_REASON_LENGTH });
  }
  if (problems.length > 0) throw new DomainError("invalid", "Each override needs a reason", { problems });
  return overrides;
}
