import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { ACTOR_SELECT, toActor, type Actor } from "@/lib/users/actor";

// Personal access tokens for the HTTP API. A token is 32 random bytes; only its SHA-256
// is stored (a fast hash is right for a high-entropy secret, unlike a password).
export const TOKEN_PREFIX = "nrt_";
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;
// Writing "last used" on every call would turn each API read into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

// What the token list shows to recognise a token without revealing it.
export function tokenPrefix(token: string): string {
  return token.slice(0, SHOWN_PREFIX_LENGTH);
}

// The token and its owner with their current roles are read by one query: every API call
// starts here, and each Prisma query costs its compilation on the server's one thread.
export async function actorForToken(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await db.accessToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, revokedAt: true, lastUsedAt: true, user: { select: ACTOR_SELECT } },
  });
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await writeTransaction(db, (tx) => tx.accessToken.updateMany({ where: { id: found.id }, data: { lastUsedAt: now } }));
  }
  return toActor(found.user);
}
