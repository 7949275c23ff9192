import { db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/users/actor";
import { actorForToken } from "./access-tokens";
import { auth } from "./auth";

export type RequestIdentity = { actor: Actor | null; via: "token" | "session" | "none"; hasInvalidToken: boolean };

// Who is calling the HTTP API: a personal access token (Authorization: Bearer …) or the session cookie.
export async function identifyRequest(request: Request): Promise<RequestIdentity> {
  const authorization = request.headers.get("authorization");
  if (authorization?.startsWith("Bearer ")) {
    const actor = await actorForToken(db, authorization.slice("Bearer ".length).trim());
    return { actor, via: actor ? "token" : "none", hasInvalidToken: !actor };
  }
  const session = await auth.api.getSession({ headers: request.headers });
  // Deactivation revokes the tokens and ends the sessions; one that outlived it opens nothing.
  if (!session || session.user.deactivatedAt) return { actor: null, via: "none", hasInvalidToken: false };
  return { actor: await loadActor(db, session.user.id), via: "session", hasInvalidToken: false };
}
