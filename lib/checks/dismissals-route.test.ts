import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createDatabaseFile } from "@/lib/testing/database-file";

// POST /api/reports/{slug}/paragraphs/{id}/translations/{lang}/checks/dismissals, the route
// itself against a real, migrated database, called with a real token. Only next-intl's server
// entry point (React's server runtime) is replaced by its core translator, with the real messages.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = { en: (await import("@/messages/en.json")).default, fr: (await import("@/messages/fr.json")).default, ru: (await import("@/messages/ru.json")).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: keyof typeof messages; namespace: "Errors" }) =>
      createTranslator({ locale, namespace, messages: messages[locale] }),
  };
});
const database = createDatabaseFile();
process.env.DATABASE_URL = database.url;

const { POST } = await import("@/app/api/reports/[slug]/paragraphs/[id]/translations/[lang]/checks/dismissals/route");
const { db } = await import("@/lib/db/client");
const { createAccessToken } = await import("@/lib/auth/create-access-token");
const { createTestReport, createTestUser } = await import("@/lib/testing/fixtures");
const { saveTranslation } = await import("@/lib/translations/save-translation");
const { openApiDocument } = await import("@/lib/http/openapi");

// a double space (warning) and "Алмaты" with a Latin a (the mixed-script error)
const TEXT = "Первый  абзац, в Алмaты.";
const PATH = "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/checks/dismissals";
let reviewerToken = "";
let translatorToken = "";

beforeAll(async () => {
  const reviewer = await createTestUser(db, { roles: [{ role: "reviewer", language: "ru" }] });
  const translator = await createTestUser(db, { roles: [{ role: "translator", language: "ru" }] });
  reviewerToken = (await createAccessToken(db, { actor: reviewer, name: "unit" })).token;
  translatorToken = (await createAccessToken(db, { actor: translator, name: "unit" })).token;
});
afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

async function drafted() {
  const { slug } = await createTestReport(db);
  const irina = await createTestUser(db, { roles: [{ role: "translator", language: "ru" }] });
  await saveTranslation(db, { slug, paragraphKey: "p-one", language: "ru", actor: irina, text: TEXT, baseVersion: 0 });
  return slug;
}

function dismiss(slug: string, body: unknown, options: { token?: string; language?: string } = {}) {
  const request = new Request(`http://localhost/api/reports/${slug}/paragraphs/p-one/translations/ru/checks/dismissals`, {
    method: "POST",
    body: JSON.stringify(body),
    headers: { authorization: `Bearer ${options.token ?? reviewerToken}`, "content-type": "application/json", "accept-language": options.language ?? "en" },
  });
  return POST(request, { params: Promise.resolve({ slug, id: "p-one", lang: "ru" }) });
}

const dismissalsOf = (slug: string) => db.checkDismissal.findMany({ where: { translation: { paragraph: { report: { slug } } } }, select: { checkId: true, quoteKey: true, reason: true } });

describe("a reviewer dismisses a warning through the API", () => {
  it("stores the dismissal and answers the checks without that warning", async () => {
    const slug = await drafted();
    const response = await dismiss(slug, { check: "double-space", reason: "Так в цитате агентства." });
    expect(response.status).toBe(200);
    const answer = await response.json();
    expect(answer.id).toEqual(expect.any(String));
    expect(answer.checks.map((check: { id: string }) => check.id)).not.toContain("double-space");
    expect(answer.checks).toContainEqual({ id: "mixed-script", severity: "error", message: "“Алмaты” mixes Latin and Cyrillic letters." });
    expect(await dismissalsOf(slug)).toEqual([{ checkId: "double-space", quoteKey: "", reason: "Так в цитате агентства." }]);
  });

  it.each([
    ["an error check", { check: "mixed-script", reason: "Non." }, "en", "Only a warning can be dismissed: “mixed-script” is an error."],
    ["an unknown check id", { check: "no-such-check", reason: "Parce que." }, "en", "There is no check “no-such-check”: the list of checks gives their ids."],
    ["an empty reason", { check: "double-space", reason: "   " }, "en", "Say why “double-space” does not apply: a reason is required (at most 500 characters)."],
    ["an unknown check id, in Russian", { check: "no-such-check", reason: "Потому что." }, "ru", "Проверки «no-such-check» нет: их идентификаторы есть в списке проверок."],
  ])("refuses %s with 422 and a message in the caller's language, and stores nothing", async (_, body, language, problem) => {
    const slug = await drafted();
    const response = await dismiss(slug, body, { language });
    expect(response.status).toBe(422);
    expect((await response.json()).problems).toEqual([problem]);
    expect(await dismissalsOf(slug)).toEqual([]);
  });

  it("refuses a body without a reason or with an unknown field (422), and a translator (403)", async () => {
    const slug = await drafted();
    expect((await dismiss(slug, { check: "double-space" })).status).toBe(422);
    expect((await dismiss(slug, { check: "double-space", reason: "Oui.", extra: 1 })).status).toBe(422);
    expect((await dismiss(slug, { check: "double-space", reason: "Moi." }, { token: translatorToken })).status).toBe(403);
    expect(await dismissalsOf(slug)).toEqual([]);
  });

  it("is in the OpenAPI description, its body generated from the route's schema", () => {
    const operation = (openApiDocument.paths as Record<string, { post?: { requestBody: unknown } }>)[PATH]?.post;
    expect(operation).toBeDefined();
    const schemas: Record<string, unknown> = openApiDocument.components.schemas;
    const request = schemas.DismissRequest as { properties?: Record<string, unknown>; required?: readonly string[] };
    expect(Object.keys(request.properties ?? {})).toEqual(["check", "quote", "reason"]);
    expect(request.required).toEqual(["check", "reason"]);
  });
});
