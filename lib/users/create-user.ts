import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { ROLES } from "./actor";
import { parseDisplayName } from "./display-name";
import { writeTransaction } from "@/lib/db/write-transaction";
import { recordAdminEvent } from "@/lib/audit/record-admin-event";

export const MIN_PASSWORD_LENGTH = 10;

export const newUserSchema = z.object({
  name: z.string().transform((input, ctx) => {
    const result = parseDisplayName(input);
    if (result.ok) return result.name;
    ctx.addIssue({ code: "custom", message: `not a valid display name: ${result.problems.map((problem) => problem.code).join(", ")}` });
    return z.NEVER;
  }),
  email: z.email().max(200).transform((email) => email.toLowerCase()),
  password: z.string().min(MIN_PASSWORD_LENGTH).max(200),
  isAdmin: z.boolean().default(false),
  roles: z.array(z.object({ role: z.enum(ROLES), language: z.enum(TARGET_LANGUAGES) })).default([]),
});
export type NewUser = z.input<typeof newUserSchema>;

// Who creates the account, for the audit trail: an admin's id, or null for the command line
// (scripts/user-create.ts, the demo seed). Required, so no caller can skip the record.
export type CreatedBy = { actorId: string | null };

// Creates a user who signs in with e-mail and password. The password is hashed by
// Better Auth's own hasher, and stored the way its credential provider reads it.
export async function createUser(db: Db, input: NewUser, by: CreatedBy): Promise<{ id: string }> {
  const user = newUserSchema.parse(input);
  const password = await hashPassword(user.password);
  // Checked inside the transaction: a racing creation of the same address is a unique
  // violation, retried by writeTransaction, and the retry finds the address taken.
  return writeTransaction(db, async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: user.email } });
    if (taken) throw new DomainError("conflict", "A user with this e-mail address exists", { what: "email" });
    const created = await tx.user.create({
      data: { name: user.name, email: user.email, emailVerified: true, isAdmin: user.isAdmin, roles: { create: user.roles } },
    });
    await tx.account.create({ data: { userId: created.id, accountId: created.id, providerId: "credential", password } });
    await recordAdminEvent(tx, {
      actorId: by.actorId,
      targetUserId: created.id,
      action: "user-created",
      details: { email: user.email, isAdmin: user.isAdmin, roles: user.roles },
    });
    return { id: created.id };
  });
}
