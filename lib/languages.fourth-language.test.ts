import { createElement } from "react";
import { renderToReadableStream } from "react-dom/server.edge";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// Adding a target language is configuration plus messages: this file runs the app's own code
// with a fixture configuration that adds German as a fourth language
// (lib/testing/languages-with-german.json in place of content/languages.json) and the messages
// that name it (lib/testing/german-messages.ts). Nothing else is changed for German.
vi.mock("@/content/languages.json", async () => ({ default: (await import("@/lib/testing/languages-with-german.json")).default }));

let locale: "fr" | "en" | "ru" = "en";
// next-intl's server entry point needs React's server runtime: its core translator and
// formatter stand in, with the messages that name German.
vi.mock("next-intl/server", async () => {
  const { createFormatter, createTranslator } = await import("use-intl/core");
  const { messagesWithGerman } = await import("@/lib/testing/german-messages");
  const translator = (arg?: string | { locale?: "fr" | "en" | "ru"; namespace?: string }) => {
    const options = typeof arg === "string" ? { namespace: arg } : (arg ?? {});
    const at = options.locale ?? locale;
    return createTranslator({ locale: at, messages: messagesWithGerman(at), namespace: options.namespace as never });
  };
  return {
    getTranslations: async (arg?: string | { locale?: "fr" | "en" | "ru"; namespace?: string }) => translator(arg),
    getLocale: async () => locale,
    getFormatter: async () => createFormatter({ locale, timeZone: "UTC" }),
  };
});
vi.mock("@/lib/http/request-nonce", () => ({ requestNonce: async () => "test-nonce" }));
// React's cache() memoizes per request only under the server components' runtime; outside it
// is a pass-through. The test renders one page at a time: one memo per function stands in.
vi.mock("react", async (importOriginal) => {
  const react = await importOriginal<typeof import("react")>();
  const cache = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const memo = new Map<string, R>();
    return (...args: A): R => {
      const key = JSON.stringify(args);
      if (!memo.has(key)) memo.set(key, fn(...args));
      return memo.get(key) as R;
    };
  };
  return { ...react, default: { ...react, cache }, cache };
});
// a request for the whole HTML page, as a reader's browser makes it
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));
vi.mock("@/i18n/navigation", async () => {
  const { createElement: h } = await import("react");
  return { Link: ({ href, children, ...rest }: { href: string; children?: React.ReactNode }) => h("a", { href, ...rest }, children) };
});

const { CONTENT_LANGUAGES, TARGET_LANGUAGES, isTargetLanguage, OPEN_GRAPH_LOCALES } = await import("@/lib/languages");
const { createTestDb } = await import("@/lib/testing/test-db");
const { createTestReport, createTestUser, sampleMdxFor, SAMPLE_MDX } = await import("@/lib/testing/fixtures");
const { saveTranslation } = await import("@/lib/translations/save-translation");
const { submitTranslation } = await import("@/lib/translations/submit-translation");
const { decideTranslation } = await import("@/lib/reviews/decide-translation");
const { getReaderReport } = await import("@/lib/reports/get-reader-report");
const { getApiReport } = await import("@/lib/reports/get-api-report");
const { listWorkspaces } = await import("@/lib/workspace/list-workspaces");
const { getWorkspace } = await import("@/lib/workspace/get-workspace");
const { getReviewQueue } = await import("@/lib/reviews/get-review-queue");
const { ReaderView } = await import("@/components/reader/reader-view");
const { columnsCss, columnsScript } = await import("@/components/reader/columns-script");
const { openApiDocument } = await import("@/lib/http/openapi");
const { MEMORY_PAIR_NAMES } = await import("@/lib/memory/pairs");
const { GLOSSARY_PAIR_NAMES } = await import("@/lib/glossary/pairs");
const { canEditTranslation, canReview } = await import("@/lib/permissions");
const { defaultColumns, parseColumns } = await import("@/lib/reports/columns");
const { workLabels } = await import("@/components/account/work-labels");
const { missingLanguageBranches } = await import("@/lib/testing/language-selects");
const { messagesWithGerman } = await import("@/lib/testing/german-messages");
const { routing } = await import("@/i18n/routing");
const en = (await import("@/messages/en.json")).default;

let test: Awaited<ReturnType<typeof createTestDb>>;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

async function html(node: React.ReactElement): Promise<string> {
  const stream = await renderToReadableStream(node);
  await stream.allReady;
  return new Response(stream).text();
}

describe("a fourth target language (German) from configuration and messages alone", () => {
  it("every list of languages follows the configuration: columns, OpenAPI, pairs, names, roles", async () => {
    expect(TARGET_LANGUAGES).toEqual(["en", "ru", "de"]);
    expect(CONTENT_LANGUAGES).toEqual(["fr", "en", "ru", "de"]);
    expect(isTargetLanguage("de")).toBe(true);
    expect(OPEN_GRAPH_LOCALES.de).toBe("de_DE");
    expect(columnsScript("reader", "tools", CONTENT_LANGUAGES)).toContain('var ok=["fr","en","ru","de"]');
    expect(columnsCss("reader", CONTENT_LANGUAGES)).toContain('.aligned[data-cols~="de"] .cell[data-col="de"]{display:block}');
    expect(parseColumns("de,fr,xx")).toEqual(["de", "fr"]);
    expect(defaultColumns("en", ["fr", "de"])).toEqual(["fr", "de"]);
    const lang = (openApiDocument.paths as Record<string, { put?: { parameters?: { name: string; schema: { enum?: string[] } }[] } }>)[
      "/api/reports/{slug}/paragraphs/{id}/translations/{lang}"
    ]?.put?.parameters?.find((parameter) => parameter.name === "lang");
    expect(lang?.schema.enum).toEqual(["en", "ru", "de"]);
    expect(MEMORY_PAIR_NAMES).toContain("fr-de");
    expect(GLOSSARY_PAIR_NAMES).toContain("fr-de");
    // the messages name German and decline it; without them, the test of messages says what is missing
    const languages = { source: "fr", targets: TARGET_LANGUAGES, interface: routing.locales };
    expect(missingLanguageBranches(en, "en", languages)).toEqual([
      "Feed.progress: de",
      "Corrections.notice: de",
      "Activity.admin.roleGranted: de",
      "Activity.admin.roleRemoved: de",
    ]);
    for (const code of routing.locales) expect(missingLanguageBranches(messagesWithGerman(code), code, languages)).toEqual([]);
    locale = "ru";
    expect((await workLabels()).translate.de).toBe("Перевод на немецкий");
    locale = "en";
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "de" }] });
    expect(canEditTranslation(translator, "de")).toBe(true);
    expect(canEditTranslation(translator, "en")).toBe(false);
    expect(canReview(translator, "de")).toBe(false);
  });

  it("syncs, saves and approves a German translation through the domain operations, and the reader shows it", async () => {
    const everyLanguage = await createTestReport(test.db);
    expect(await test.db.translation.count({ where: { language: "de", paragraph: { report: { slug: everyLanguage.slug } } } })).toBe(3);

    const { slug } = await createTestReport(test.db, { mdx: sampleMdxFor(["en", "de"]) });
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "de" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "de" }] });
    const ref = { slug, paragraphKey: "p-one", language: "de" };
    const { version } = await saveTranslation(test.db, { ...ref, actor: translator, text: "Erster Absatz, ohne Zitat.", baseVersion: 0 });
    await submitTranslation(test.db, { ...ref, actor: translator });
    const workspace = await getWorkspace(test.db, { slug, language: "de", actor: translator, sessionStart: new Date(0) });
    expect(workspace.rows.find((row) => row.key === "p-one")).toMatchObject({ state: "in-review" });
    expect((await getReviewQueue(test.db, { slug, language: "de", actor: reviewer })).items.map((item) => item.key)).toEqual(["p-one"]);
    await decideTranslation(test.db, { ...ref, actor: reviewer, decision: "approve", version, acknowledgeWarnings: true });

    expect((await listWorkspaces(test.db, { actor: translator })).filter((entry) => entry.slug === slug).map((entry) => entry.language)).toEqual(["de"]);
    const api = await getApiReport(test.db, { slug, actor: null, locale: "en" });
    expect(api.targetLanguages).toEqual(["en", "de"]);
    expect(api.translations.de.paragraphs.find((paragraph) => paragraph.paragraph === "p-one")).toMatchObject({ state: "approved" });

    const report = await getReaderReport(test.db, slug);
    expect(report!.languages).toEqual(["en", "de"]);
    locale = "fr";
    const page = await html(createElement(ReaderView, { report: report! }));
    expect(page).toMatch(/<div class="cell" data-col="de" lang="de" data-status="approved">[\s\S]*?Erster Absatz, ohne Zitat\./);
    expect(page).toContain('<div class="cell column-head" data-col="de">Allemand</div>');
    expect(page).toContain('<option value="de">Allemand</option>');
    expect(page).toContain('var ok=["fr","en","de"]');
    expect(page).toContain('.aligned[data-cols~="de"] .cell[data-col="de"]{display:block}');
    // the report is not translated into Russian: no Russian column, cell or choice
    expect(page).not.toContain('data-col="ru"');
    expect(page).not.toContain('<option value="ru">');
    expect(SAMPLE_MDX).not.toContain("targetLanguages");
    locale = "en";
  });
});
