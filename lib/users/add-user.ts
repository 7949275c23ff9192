import type { Db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canManageUsers } from "@/lib/permissions";
import type { Actor } from "./actor";
import { checkNewAccount } from "./check-account-input";
import { createUser, type NewUser } from "./create-user";

export type AddUserOptions = { actor: Actor | null; user: Required<Pick<NewUser, "name" | "email" | "password">> & Pick<NewUser, "isAdmin" | "roles"> };

// An admin creates an account (there is no public sign-up) and hands over the initial password.
export async function addUser(db: Db, options: AddUserOptions): Promise<{ id: string }> {
  const actor = authorize(options.actor, canManageUsers, "create users");
  const problems = checkNewAccount(options.user);
  if (problems.length > 0) throw new DomainError("invalid", "The new account is not valid", { problems });
  return createUser(db, options.user, { actorId: actor.id });
}
