import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { generateToken, hashToken, tokenPrefix } from "./access-tokens";

export const MAX_ACTIVE_TOKENS = 20;
export const MAX_TOKEN_NAME_LENGTH = 80;

export type CreateAccessTokenOptions = { actor: Actor | null; name: string };
export type CreatedAccessToken = { id: string; name: string; prefix: string; createdAt: Date; token: string };

// Every signed-in user may create tokens for themselves; a token acts with its owner's
// roles as they are at each call. The secret is returned here once and never again.
export async function createAccessToken(db: Db, options: CreateAccessTokenOptions): Promise<CreatedAccessToken> {
  const actor = requireActor(options.actor);
  const name = options.name.trim();
  if (name === "" || name.length > MAX_TOKEN_NAME_LENGTH) {
    throw new DomainError("invalid", "A token needs a name", { problems: [{ code: "token-name", max: MAX_TOKEN_NAME_LENGTH }] });
  }
  const active = await db.accessToken.count({ where: { userId: actor.id, revokedAt: null } });
  if (active >= MAX_ACTIVE_TOKENS) {
    throw new DomainError("invalid", "Too many tokens", { problems: [{ code: "too-many-tokens", max: MAX_ACTIVE_TOKENS }] });
  }
  const token = generateToken();
  const created = await db.accessToken.create({
    data: { userId: actor.id, name, tokenHash: hashToken(token), prefix: tokenPrefix(token) },
  });
  return { id: created.id, name: created.name, prefix: created.prefix, createdAt: created.createdAt, token };
}
