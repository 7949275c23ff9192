"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { actionLocale } from "@/lib/http/action-locale";
import { formInput, toFormState, type FormState } from "@/lib/http/form-state";
import { runAction, type ActionResult } from "@/lib/http/server-action";
import { ROLES } from "@/lib/users/actor";
import { addUser } from "@/lib/users/add-user";
import { removeUserRole } from "@/lib/users/remove-user-role";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { setUserRoles } from "@/lib/users/set-user-roles";

const locale = z.enum(routing.locales);
const userId = z.string().min(1).max(100);
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
// Checkbox values "translator:en", "reviewer:ru"…
const grants = z.array(
  z.string().transform((value, ctx) => {
    const [role, language] = value.split(":");
    const grant = z.object({ role: z.enum(ROLES), language: z.enum(TARGET_LANGUAGES) }).safeParse({ role, language });
    if (!grant.success) {
      ctx.addIssue({ code: "custom", message: value });
      return z.NEVER;
    }
    return grant.data;
  }),
);

const createSchema = z.object({ locale, name: z.string(), email: z.string(), password: z.string(), isAdmin: checkbox, roles: grants });
const rolesSchema = z.object({ locale, userId, isAdmin: checkbox, roles: grants });
const removeSchema = z.object({ locale, userId, role: z.enum(ROLES), language: z.enum(TARGET_LANGUAGES) });
const passwordSchema = z.object({ locale, userId, password: z.string() });
const activeSchema = z.object({ locale, userId, isActive: z.enum(["true", "false"]).transform((value) => value === "true") });

const PAGE = "/[locale]/admin/users";

type Done = "created" | "rolesSaved" | "roleRemoved";

async function answer<T>(input: Record<string, unknown>, result: ActionResult<T>, done: Done, values: Record<string, string> = {}): Promise<FormState> {
  const t = await getTranslations({ locale: actionLocale(input), namespace: "AdminUsers" });
  if (result.ok) revalidatePath(PAGE, "page");
  return toFormState(result, () => t(done, values));
}

export async function createUserAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData, ["roles"]);
  const result = await runAction(createSchema, input, (actor, data) => addUser(db, { actor, user: data }));
  return answer(input, result, "created", { name: String(input.name ?? "").trim() });
}

export async function setRolesAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData, ["roles"]);
  const result = await runAction(rolesSchema, input, (actor, data) => setUserRoles(db, { actor, ...data }));
  return answer(input, result, "rolesSaved");
}

export async function removeRoleAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(removeSchema, input, (actor, data) => removeUserRole(db, { actor, ...data }));
  return answer(input, result, "roleRemoved");
}

export async function setUserActiveAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(activeSchema, input, (actor, data) => setUserActive(db, { actor, ...data }));
  const t = await getTranslations({ locale: actionLocale(input), namespace: "AdminUsers" });
  if (result.ok) revalidatePath(PAGE, "page");
  return toFormState(result, (done) =>
    done.isActive ? t("userReactivated") : t("userDeactivated", { sessions: done.endedSessions, tokens: done.revokedTokens }),
  );
}

export async function resetPasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(passwordSchema, input, (actor, data) => resetUserPassword(db, { actor, ...data }));
  const t = await getTranslations({ locale: actionLocale(input), namespace: "AdminUsers" });
  if (result.ok) revalidatePath(PAGE, "page");
  // Says what actually happened to the user's sessions and tokens.
  return toFormState(result, (done) => t("passwordReset", { sessions: done.endedSessions, tokens: done.revokedTokens }));
}
