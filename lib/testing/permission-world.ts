import type { PrismaClient } from "@/lib/generated/prisma/client";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import { proposeGlossaryTerm } from "@/lib/glossary/propose-glossary-term";
import { sampleEntry } from "@/lib/glossary/test-entries";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import type { TargetLanguage } from "@/lib/languages";
import { createTestReport, createTestUser, SAMPLE_MDX } from "./fixtures";

// The people and the starting states the permission table (permission-matrix.ts) runs with.
export const PERSONAS = ["anonymous", "otherTranslator", "translator", "reviewer", "admin"] as const;
export type Persona = (typeof PERSONAS)[number];

// Everything happens in Russian; "otherTranslator" translates into English.
export const MATRIX_LANGUAGE = "ru";
export const MATRIX_PARAGRAPH = "p-one";
export const MATRIX_GLOSSARY = "fr-ru";

export type Cast = Record<Exclude<Persona, "anonymous">, Actor> & {
  // Writes the revisions the reviewers decide on, so that four-eyes never gets in the way.
  author: Actor;
  // Approves before a source change, for the outdated state.
  secondReviewer: Actor;
};

export async function createCast(db: PrismaClient): Promise<Cast> {
  const user = (roles: { role: "translator" | "reviewer"; language: TargetLanguage }[], isAdmin = false) => createTestUser(db, { roles, isAdmin });
  return {
    otherTranslator: await user([{ role: "translator", language: "en" }]),
    translator: await user([{ role: "translator", language: "ru" }]),
    reviewer: await user([{ role: "reviewer", language: "ru" }]),
    admin: await user([], true),
    author: await user([{ role: "translator", language: "ru" }]),
    secondReviewer: await user([{ role: "reviewer", language: "ru" }]),
  };
}

export type StartState =
  | "nothing"
  | "fresh"
  | "draft"
  | "two-drafts"
  | "in-review"
  | "outdated"
  | "user"
  | "own-token"
  | "other-token"
  | "glossary-entry"
  | "glossary-proposal";

export type Target = { slug: string; paragraphKey: string; language: string; version: number; userId: string; tokenId: string; glossaryEntryId: string };

// Builds the state an operation starts from, through the domain operations themselves.
export async function prepare(db: PrismaClient, cast: Cast, state: StartState, actor: Actor | null): Promise<Target> {
  const target: Target = { slug: "", paragraphKey: MATRIX_PARAGRAPH, language: MATRIX_LANGUAGE, version: 0, userId: "", tokenId: "", glossaryEntryId: "" };
  if (state === "nothing") return target;
  if (state === "user") return { ...target, userId: (await createTestUser(db)).id };
  if (state === "own-token" || state === "other-token") {
    const owner = state === "own-token" && actor ? actor : cast.author;
    return { ...target, tokenId: (await createAccessToken(db, { actor: owner, name: "matrix" })).id };
  }
  // An accepted entry of the fr-ru glossary, or a translator's pending proposal, at version 1.
  if (state === "glossary-entry") {
    const entry = await createGlossaryEntry(db, { actor: cast.secondReviewer, pair: MATRIX_GLOSSARY, entry: sampleEntry() });
    return { ...target, version: 1, glossaryEntryId: entry.id };
  }
  if (state === "glossary-proposal") {
    const entry = await proposeGlossaryTerm(db, { actor: cast.author, pair: MATRIX_GLOSSARY, entry: sampleEntry() });
    return { ...target, version: 1, glossaryEntryId: entry.id };
  }
  const { slug } = await createTestReport(db);
  const ref = { slug, paragraphKey: MATRIX_PARAGRAPH, language: MATRIX_LANGUAGE };
  if (state === "fresh") return { ...target, slug };
  await saveTranslation(db, { ...ref, actor: cast.author, text: "Первый абзац, без цитат.", baseVersion: 0 });
  if (state === "draft") return { ...target, slug, version: 1 };
  if (state === "two-drafts") {
    await saveTranslation(db, { ...ref, actor: cast.author, text: "Первый абзац, второй вариант.", baseVersion: 1 });
    return { ...target, slug, version: 2 };
  }
  await submitTranslation(db, { ...ref, actor: cast.author });
  if (state === "in-review") return { ...target, slug, version: 1 };
  await decideTranslation(db, { ...ref, actor: cast.secondReviewer, decision: "approve", version: 1 });
  await createTestReport(db, { slug, mdx: SAMPLE_MDX.replace("Premier paragraphe, sans citation.", "Premier paragraphe, corrigé.") });
  return { ...target, slug, version: 1 };
}
