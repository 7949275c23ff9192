import type { ActionResult } from "./server-action";

// What a form shows after a server action: a message, and on refusal the problems.
export type FormState<T = undefined> =
  | { ok: true; message: string; data?: T }
  | { ok: false; message: string; problems: string[] }
  | null;

export function toFormState<T, D = undefined>(result: ActionResult<T>, success: (data: T) => string, data?: (value: T) => D): FormState<D> {
  if (!result.ok) return { ok: false, message: result.message, problems: result.problems };
  return { ok: true, message: success(result.data), data: data?.(result.data) };
}

// FormData to a plain object; fields named in `lists` keep every value (checkbox groups).
// A crafted request can call a form's action with anything as its argument: that reads as
// an empty form, which the action's schema then refuses (422), instead of a crash (500).
export function formInput(formData: unknown, lists: string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  if (!(formData instanceof FormData)) return input;
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    input[key] = lists.includes(key) ? formData.getAll(key) : formData.get(key);
  }
  for (const key of lists) input[key] ??= [];
  return input;
}
