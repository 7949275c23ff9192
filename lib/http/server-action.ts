import { z } from "zod";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { routing, type Locale } from "@/i18n/routing";
import type { Actor } from "@/lib/users/actor";
import { describeError } from "./describe-error";
import { parseIn } from "./zod-locale";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; status: number; code: string; message: string; problems: string[]; details: Record<string, unknown> };

// Every server action goes through here: input validated by its schema, the signed-in
// user resolved, the same domain operation the API calls, errors translated.
// The locale comes with the input: the proxy does not run for prefixed pages.
export async function runAction<I extends { locale: string }, T>(
  schema: z.ZodType<I>,
  input: unknown,
  operation: (actor: Actor | null, input: I) => Promise<T>,
): Promise<ActionResult<T>> {
  const rawLocale = (input as { locale?: unknown } | null)?.locale;
  const locale: Locale = (routing.locales as readonly unknown[]).includes(rawLocale) ? (rawLocale as Locale) : routing.defaultLocale;
  try {
    const parsed = parseIn(schema, input, locale);
    const actor = await getCurrentActor();
    return { ok: true, data: await operation(actor, parsed) };
  } catch (error) {
    const described = await describeError(error, locale);
    return { ok: false, status: described.status, code: described.code, message: described.message, problems: described.problems, details: described.details };
  }
}
