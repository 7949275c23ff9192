import { createHash, randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { toActor, type Actor, type ActorRow } from "@/lib/users/actor";

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

// The token and its owner with their current roles are read by one statement: every API call
// starts here. It is raw SQL because Prisma 6 compiles each ORM query on the server's one
// thread (about 1.2 ms for this one, 0.15 ms as raw SQL, npm run bench), and this runs on
// every call. The columns are the same on both databases; their adapters return Date and
// boolean values for DATETIME/timestamp and BOOLEAN columns.
type TokenRow = {
  tokenId: string;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  id: string;
  name: string;
  email: string;
  isAdmin: boolean;
  role: string | null;
  language: string | null;
};

export async function actorForToken(db: Db, token: string, now = new Date()): Promise<Actor | null> {
  if (!token.startsWith(TOKEN_PREFIX)) return null;
  const rows = await db.$queryRaw<TokenRow[]>`
    SELECT t."id" AS "tokenId", t."revokedAt", t."lastUsedAt", u."id", u."name", u."email", u."isAdmin", r."role", r."language"
    FROM "AccessToken" t
    JOIN "User" u ON u."id" = t."userId"
    LEFT JOIN "LanguageRole" r ON r."userId" = u."id"
    WHERE t."tokenHash" = ${hashToken(token)}`;
  const found = rows[0] ? { id: rows[0].tokenId, revokedAt: rows[0].revokedAt, lastUsedAt: rows[0].lastUsedAt, user: ownerOf(rows) } : null;
  if (!found || found.revokedAt) return null;
  if (!found.lastUsedAt || now.getTime() - found.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await writeTransaction(db, (tx) => tx.accessToken.updateMany({ where: { id: found.id }, data: { lastUsedAt: now } }));
  }
  return toActor(found.user);
}

// One row per role (one with null role and language when there is none).
function ownerOf(rows: TokenRow[]): ActorRow {
  const [{ id, name, email, isAdmin }] = rows;
  const roles = rows.flatMap(({ role, language }) => (role !== null && language !== null ? [{ role, language }] : []));
  return { id, name, email, isAdmin, roles };
}
