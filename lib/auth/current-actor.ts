import { headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/users/actor";
import { auth } from "./auth";

// The session behind the current request, e.g. to keep it when others are ended.
export const getCurrentSession = cache(async () => auth.api.getSession({ headers: await headers() }));

// The signed-in user of the current request (server components and server actions), or null.
export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await getCurrentSession();
  // Deactivating ends the sessions; one that outlived it (a race) still opens nothing.
  if (!session || session.user.deactivatedAt) return null;
  return loadActor(db, session.user.id);
});
