import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";
import { writeTransaction } from "@/lib/db/write-transaction";
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
  // A name is one line of plain text (lib/text/plain-text.ts), like a display name.
  const textProblems = plainTextProblems(name, { isMultiline: false });
  if (textProblems.length > 0) throw new DomainError("invalid", "The token name is not plain text", { problems: textProblems });
  if (isBlank(name) || name.length > MAX_TOKEN_NAME_LENGTH) {
    throw new DomainError("invalid", "A token needs a name", { problems: [{ code: "token-name", max: MAX_TOKEN_NAME_LENGTH }] });
  }
  const token = generateToken();
  // Counted, created and recorded in one write transaction: two requests at once cannot pass
  // the limit together, and no token exists without its audit row.
  const created = await writeTransaction(db, async (tx) => {
    const active = await tx.accessToken.count({ where: { userId: actor.id, revokedAt: null } });
    if (active >= MAX_ACTIVE_TOKENS) {
      throw new DomainError("invalid", "Too many tokens", { problems: [{ code: "too-many-tokens", max: MAX_ACTIVE_TOKENS }] });
    }
    const row = await tx.accessToken.create({ data: { userId: actor.id, name, tokenHash: hashToken(token), prefix: tokenPrefix(token) } });
    await recordAdminEvent(tx, { actorId: actor.id, targetUserId: actor.id, action: "token-created", details: { tokenId: row.id, name: row.name, prefix: row.prefix } });
    return row;
  });
  return { id: created.id, name: created.name, prefix: created.prefix, createdAt: created.createdAt, token };
}
