import { redirect } from "next/navigation";
import type { Locale } from "@/i18n/routing";
import type { Actor } from "@/lib/users/actor";
import { getCurrentActor } from "./current-actor";
import { signInPath } from "./sign-in-path";

// For pages that need someone signed in: the anonymous visitor goes to the sign-in page
// and comes back to `path` afterwards.
export async function requirePageActor(locale: Locale, path: string): Promise<Actor> {
  const actor = await getCurrentActor();
  if (!actor) redirect(signInPath(locale, path));
  return actor;
}
