"use server";

import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { getCurrentSession } from "@/lib/auth/current-actor";
import { revokeAccessToken } from "@/lib/auth/revoke-access-token";
import { db } from "@/lib/db/client";
import { actionLocale } from "@/lib/http/action-locale";
import { clientAddress } from "@/lib/http/client-ip";
import { formInput, toFormState, type FormState } from "@/lib/http/form-state";
import { runAction } from "@/lib/http/server-action";
import { changeOwnPassword } from "@/lib/users/change-own-password";

const locale = z.enum(routing.locales);
const createSchema = z.object({ locale, name: z.string().max(200) });
const revokeSchema = z.object({ locale, tokenId: z.string().min(1).max(100) });
// Lengths are the domain's to judge (with a translated message); this only caps the payload.
const passwordSchema = z.object({ locale, currentPassword: z.string().max(1000), newPassword: z.string().max(1000) });

export type CreatedTokenData = { name: string; token: string };

export async function createTokenAction(_previous: FormState<CreatedTokenData>, formData: FormData): Promise<FormState<CreatedTokenData>> {
  const input = formInput(formData);
  const t = await getTranslations({ locale: actionLocale(input), namespace: "Account" });
  const result = await runAction(createSchema, input, (actor, data) => createAccessToken(db, { actor, name: data.name }));
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return toFormState(result, (token) => t("tokenCreated", { name: token.name }), (token) => ({ name: token.name, token: token.token }));
}

export async function revokeTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const t = await getTranslations({ locale: actionLocale(input), namespace: "Account" });
  const result = await runAction(revokeSchema, input, (actor, data) => revokeAccessToken(db, { actor, tokenId: data.tokenId }));
  if (result.ok) revalidatePath("/[locale]/account", "page");
  return toFormState(result, () => t("tokenRevoked"));
}

export async function changePasswordAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const t = await getTranslations({ locale: actionLocale(input), namespace: "Account" });
  const result = await runAction(passwordSchema, input, async (actor, data) =>
    changeOwnPassword(db, {
      actor,
      currentPassword: data.currentPassword,
      newPassword: data.newPassword,
      client: clientAddress(await headers()),
      keepSessionId: (await getCurrentSession())?.session.id,
    }),
  );
  return toFormState(result, ({ endedSessions }) => t("passwordChanged", { count: endedSessions }));
}
