import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { loadActor, type Actor } from "@/lib/users/actor";

// Personal access tokens for the HTTP API. A token is 32 random bytes; only its SHA-256
// is stored (a fast hash is right for a high-entropy secret, unlike a password).
export const TOKEN_PREFIX = "nrt_";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

export async function actorForToken(db: Db, token: string): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const found = await db.accessToken.findUnique({ where: { tokenHash: hashToken(token) } });
  if (!found || found.revokedAt) return null;
  await db.accessToken.update({ where: { id: found.id }, data: { lastUsedAt: new Date() } });
  return loadActor(db, found.userId);
}
