"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import { decideGlossaryProposal, GLOSSARY_DECISIONS } from "@/lib/glossary/decide-glossary-proposal";
import { deleteGlossaryEntry } from "@/lib/glossary/delete-glossary-entry";
import { PARTS_OF_SPEECH } from "@/lib/glossary/entry-input";
import { proposeGlossaryTerm } from "@/lib/glossary/propose-glossary-term";
import { updateGlossaryEntry } from "@/lib/glossary/update-glossary-entry";
import { actionLocale } from "@/lib/http/action-locale";
import { formInput, toFormState, type FormState } from "@/lib/http/form-state";
import { runAction, type ActionResult } from "@/lib/http/server-action";

const locale = z.enum(routing.locales);
const pair = z.string().min(1).max(20);
const id = z.string().min(1).max(100);
const version = z.coerce.number().int().min(1);
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
// One translation per line of the textarea; blank lines are nothing.
const lines = z.string().max(10_000).transform((text) => text.split(/\r?\n/).filter((line) => line.trim() !== ""));
const note = z.string().max(10_000).transform((text) => (text.trim() === "" ? null : text));
const partOfSpeech = z.union([z.literal("").transform(() => null), z.enum(PARTS_OF_SPEECH)]);

const entryFields = {
  locale,
  pair,
  sourceTerm: z.string().max(10_000),
  translations: lines,
  note,
  partOfSpeech,
  exactForm: checkbox,
  caseSensitive: checkbox,
  doNotTranslate: checkbox,
  isForbidden: checkbox,
};
const entrySchema = z.object(entryFields);
const updateSchema = z.object({ ...entryFields, id, version });
const deleteSchema = z.object({ locale, pair, id, version });
const decideSchema = z.object({ locale, pair, id, version, decision: z.enum(GLOSSARY_DECISIONS), comment: z.string().max(10_000).optional() });

type Done = "added" | "saved" | "deleted" | "proposed" | "accepted" | "rejected";

async function answer<T>(input: Record<string, unknown>, result: ActionResult<T>, done: Done): Promise<FormState> {
  const t = await getTranslations({ locale: actionLocale(input), namespace: "Glossary" });
  if (result.ok) revalidatePath("/[locale]/glossary", "page");
  return toFormState(result, () => t(`done.${done}`, { term: String(input.sourceTerm ?? "").trim() }));
}

function entryOf(data: z.infer<typeof entrySchema>) {
  const { locale: _locale, pair: _pair, ...entry } = data;
  void _locale;
  void _pair;
  return entry;
}

export async function createGlossaryEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(entrySchema, input, (actor, data) => createGlossaryEntry(db, { actor, pair: data.pair, entry: entryOf(data) }));
  return answer(input, result, "added");
}

export async function proposeGlossaryTermAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(entrySchema, input, (actor, data) => proposeGlossaryTerm(db, { actor, pair: data.pair, entry: entryOf(data) }));
  return answer(input, result, "proposed");
}

export async function updateGlossaryEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(updateSchema, input, (actor, { id: entryId, version: read, ...data }) =>
    updateGlossaryEntry(db, { actor, pair: data.pair, id: entryId, version: read, changes: entryOf(data) }),
  );
  return answer(input, result, "saved");
}

export async function deleteGlossaryEntryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(deleteSchema, input, (actor, data) => deleteGlossaryEntry(db, { actor, pair: data.pair, id: data.id, version: data.version }));
  return answer(input, result, "deleted");
}

export async function decideGlossaryProposalAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const input = formInput(formData);
  const result = await runAction(decideSchema, input, (actor, data) =>
    decideGlossaryProposal(db, { actor, pair: data.pair, id: data.id, version: data.version, decision: data.decision, comment: data.comment }),
  );
  return answer(input, result, result.ok && result.data.status === "rejected" ? "rejected" : "accepted");
}
