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
export function formInput(formData: FormData, lists: string[] = []): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    input[key] = lists.includes(key) ? formData.getAll(key) : formData.get(key);
  }
  for (const key of lists) input[key] ??= [];
  return input;
}
