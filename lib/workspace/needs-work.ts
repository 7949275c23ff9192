import type { TranslationState } from "@/lib/workflow/states";

// What a translator still has to do something about. In review waits for a reviewer;
// approved is done.
export const NEEDS_WORK: readonly TranslationState[] = ["missing", "draft", "changes-requested", "outdated"];

export function needsWork(state: TranslationState): boolean {
  return NEEDS_WORK.includes(state);
}

// The first paragraph needing work at or after `fromKey` (after it, when `after` is set),
// wrapping around to the top of the report.
export function nextNeedingWork(
  rows: readonly { key: string; state: TranslationState }[],
  fromKey: string | null,
  options: { after?: boolean } = {},
): string | null {
  if (rows.length === 0) return null;
  const found = fromKey === null ? -1 : rows.findIndex((row) => row.key === fromKey);
  const start = found === -1 ? 0 : found + (options.after ? 1 : 0);
  for (let step = 0; step < rows.length; step += 1) {
    const row = rows[(start + step) % rows.length];
    if (found !== -1 && options.after && row.key === fromKey) continue;
    if (needsWork(row.state)) return row.key;
  }
  return null;
}
