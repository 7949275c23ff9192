import { headers } from "next/headers";
import { cache } from "react";
import { auth } from "@/lib/auth/auth";

// When the current Better Auth session began: "since you signed in" for the session summary.
export const getSessionStart = cache(async (): Promise<Date | null> => {
  const session = await auth.api.getSession({ headers: await headers() });
  return session ? new Date(session.session.createdAt) : null;
});
