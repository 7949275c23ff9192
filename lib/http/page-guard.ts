import { forbidden, notFound, redirect } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { signInPath } from "@/lib/auth/sign-in-path";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/users/actor";

// How pages answer who is asking, in one place. `returnTo` is the page's own path, where
// the sign-in page brings the visitor back.

// For pages that need someone signed in: the anonymous visitor goes to the sign-in page.
export async function requirePageActor(locale: Locale, returnTo: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(locale, returnTo));
  return actor;
}

// Pages call their domain function through this: anonymous visitors are sent to sign in,
// a refusal renders the segment's forbidden.tsx with a 403, an unknown report or language
// the localized 404.
export async function guardPage<T>(load: () => Promise<T>, context: { locale: Locale; returnTo: string }): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "unauthenticated") redirect(signInPath(context.locale, context.returnTo));
    if (error.code === "forbidden") forbidden();
    if (error.code === "not-found") notFound();
    throw error;
  }
}
