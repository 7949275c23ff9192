import { randomUUID } from "node:crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseReport } from "@/lib/content/parse-report";
import { syncReport } from "@/lib/content/sync-content";
import { loadActor, type Actor, type Role } from "@/lib/users/actor";
import { createUser } from "@/lib/users/create-user";
import type { TargetLanguage } from "@/lib/languages";

// Factories shared by unit tests and end-to-end tests: unique names, real domain code.

export function uniqueSlug(prefix = "test-report"): string {
  return `${prefix}-${randomUUID().slice(0, 8)}`;
}

export const SAMPLE_MDX = `---
title: "Reportage de test"
date: "2022-01"
outlet: France 24
originalLanguage: fr
speakers:
  dinara:
    name: Dinara
    role: habitante d’Almaty
---

<Heading id="h-intro">
Un titre de test
</Heading>

<Paragraph id="p-one">
Premier paragraphe, sans citation.
</Paragraph>

<Paragraph id="p-quote">
"<Quote id="q-one" speaker="dinara" spokenIn="not-stated">Je suis venue ici</Quote>", raconte Dinara. "<Quote id="q-two" speaker="dinara" spokenIn="not-stated">C’était une guerre</Quote>", dit-elle.
</Paragraph>
`;

// The sample report translated into the given languages only (front matter targetLanguages).
export function sampleMdxFor(targetLanguages: readonly TargetLanguage[]): string {
  return SAMPLE_MDX.replace("originalLanguage: fr\n", `originalLanguage: fr\ntargetLanguages: [${targetLanguages.join(", ")}]\n`);
}

export async function createTestReport(db: PrismaClient, options: { slug?: string; mdx?: string } = {}) {
  const slug = options.slug ?? uniqueSlug();
  const report = parseReport(options.mdx ?? SAMPLE_MDX, `${slug}.mdx`);
  await syncReport(db, { slug, sourceFile: `test/${slug}.mdx`, report, titles: { en: "Test report", ru: "Тестовый репортаж" } });
  return { slug, report };
}

export async function createTestUser(
  db: PrismaClient,
  options: { roles?: { role: Role; language: TargetLanguage }[]; isAdmin?: boolean; name?: string; password?: string } = {},
): Promise<Actor & { password: string }> {
  const id = randomUUID().slice(0, 8);
  const password = options.password ?? `password-${id}`;
  const { id: userId } = await createUser(db, {
    name: options.name ?? `Test User ${id}`,
    email: `user-${id}@newsroom.test`,
    password,
    isAdmin: options.isAdmin ?? false,
    roles: options.roles ?? [],
  }, { actorId: null });
  return { ...(await loadActor(db, userId))!, password };
}
