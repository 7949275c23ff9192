import { forbidden, notFound } from "next/navigation";
import { redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { DomainError } from "@/lib/errors";

// Pages call their domain function through this: anonymous visitors are sent to sign in
// (and brought back), a refusal renders the segment's forbidden.tsx with a 403, an unknown
// report or language the localized 404.
export async function guardPage<T>(load: () => Promise<T>, context: { locale: Locale; returnTo: string }): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "unauthenticated") return redirect({ href: { pathname: "/sign-in", query: { next: context.returnTo } }, locale: context.locale });
    if (error.code === "forbidden") forbidden();
    if (error.code === "not-found") notFound();
    throw error;
  }
}
