"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { signIn, signOut } from "@/lib/auth/sign-in";
import { safeNextPath } from "@/lib/auth/sign-in-path";
import { formInput, type FormState } from "@/lib/http/form-state";
import { runAction } from "@/lib/http/server-action";

const signInSchema = z.object({
  locale: z.enum(routing.locales),
  email: z.string().trim().max(200),
  password: z.string().max(200),
  next: z.string().nullish(),
  navigate: z.enum(["client", "server"]).nullish(),
});

export type SignInState = (FormState & { email?: string; next?: string }) | null;

// On success the browser loads the next page afresh, so nothing rendered for the anonymous
// visitor survives (header, router cache, the reader's inline scripts run again): with
// JavaScript the form does it, without it the action redirects. Refusals come back as a message.
export async function signInAction(_previous: SignInState, formData: FormData): Promise<SignInState> {
  const input = formInput(formData);
  const result = await runAction(signInSchema, input, async (_actor, data) =>
    signIn({ email: data.email, password: data.password, headers: await headers() }),
  );
  if (!result.ok) return { ok: false, message: result.message, problems: result.problems, email: String(input.email ?? "") };
  const locale = signInSchema.shape.locale.parse(input.locale);
  const next = safeNextPath(input.next, locale);
  if (input.navigate === "client") return { ok: true, message: "", next };
  redirect(next);
}

const signOutSchema = z.object({ locale: z.enum(routing.locales) });

export async function signOutAction(locale: string): Promise<{ ok: boolean }> {
  const result = await runAction(signOutSchema, { locale }, async () => signOut(await headers()));
  return { ok: result.ok };
}

// The account page's sign-out button, a plain form: it works without JavaScript.
// A crafted post without a valid locale signs nobody out and changes nothing (not a 500).
export async function signOutFormAction(formData: FormData): Promise<void> {
  const parsed = signOutSchema.safeParse(formInput(formData));
  if (!parsed.success) return;
  await signOutAction(parsed.data.locale);
  redirect(`/${parsed.data.locale}`);
}
