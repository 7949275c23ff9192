"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { revokeAccessToken } from "@/lib/auth/revoke-access-token";
import { db } from "@/lib/db/client";
import { actionLocale } from "@/lib/http/action-locale";
import { formInput, toFormState, type FormState } from "@/lib/http/form-state";
import { runAction } from "@/lib/http/server-action";

const locale = z.enum(routing.locales);
const createSchema = z.object({ locale, name: z.string().max(200) });
const revokeSchema = z.object({ locale, tokenId: z.string().min(1).max(100) });

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
