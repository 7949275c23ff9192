import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { revokeAccessToken } from "../lib/auth/revoke-access-token";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { bearer, cookieClient, freshReport, RU_QUOTED, tokenFor, translationPath } from "./fixtures/api";
import { demoActor, e2eDb, newUser } from "./fixtures/factories";

// The HTTP API, status by status, with token and cookie authentication.
const ruTranslator = () => newUser({ roles: [{ role: "translator", language: "ru" }] });
const ruReviewer = () => newUser({ roles: [{ role: "reviewer", language: "ru" }] });

test.describe("GET /api/reports/{slug}", () => {
  // The newsroom's rule for unreviewed text (lib/permissions.ts), by default "disclosed": the
  // API gives it to anyone, marked as not approved (latest beside approved), as the reader does.
  test("gives anonymous callers the approved text and, marked as such, the latest unreviewed revision, like the reader", async ({ request }) => {
    const { slug } = await freshReport();
    const author = await ruTranslator();
    const ref = { slug, paragraphKey: "p-one", language: "ru" };
    await saveTranslation(e2eDb(), { ...ref, actor: author, text: "Первый абзац.", baseVersion: 0 });
    await submitTranslation(e2eDb(), { ...ref, actor: author });
    const reviewer = await ruReviewer();
    await decideTranslation(e2eDb(), { ...ref, actor: reviewer, decision: "approve", version: 1 });
    await saveTranslation(e2eDb(), { ...ref, actor: author, text: "Первый абзац, неодобренная правка.", baseVersion: 1 });

    const anonymous = await request.get(`/api/reports/${slug}`);
    expect(anonymous.status()).toBe(200);
    const report = await anonymous.json();
    expect(report.paragraphs.map((paragraph: { id: string }) => paragraph.id)).toEqual(["h-intro", "p-one", "p-quote"]);
    expect(report.quotations).toHaveLength(2);
    const entry = report.translations.ru.paragraphs.find((candidate: { paragraph: string }) => candidate.paragraph === "p-one");
    expect(entry).toMatchObject({ state: "draft", version: 2, latest: { version: 2, text: "Первый абзац, неодобренная правка." }, approved: { version: 1, text: "Первый абзац." } });
    expect(report.translations.ru.includesUnreviewed).toBe(true);

    const asTranslator = await request.get(`/api/reports/${slug}`, { headers: bearer(await tokenFor(author)) });
    expect(await asTranslator.text()).toContain("неодобренная");
  });

  test("GET /api/reports lists the reports", async ({ request }) => {
    const { reports } = await (await request.get("/api/reports")).json();
    expect(reports).toEqual(expect.arrayContaining([expect.objectContaining({ slug: "almaty-janvier-2022", originalLanguage: "fr" })]));
  });

  test("answers 404 for an unknown report, in the caller's language", async ({ request }) => {
    const response = await request.get("/api/reports/no-such-report", { headers: { "accept-language": "ru" } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not-found", what: "report", message: "Такого репортажа нет." });
  });
});

test.describe("PUT …/translations/{lang}", () => {
  test("saves with a token (200) and with the session cookie from the app's origin (200)", async ({ request, playwright, baseURL }) => {
    const { slug } = await freshReport();
    const token = await tokenFor(await ruTranslator());
    const saved = await request.put(translationPath(slug, "p-quote", "ru"), {
      headers: bearer(token),
      data: { text: RU_QUOTED, baseVersion: 0, quotes: [{ id: "q-two", ownWords: true, note: "Entretien en russe, enregistrement du 12 janvier" }] },
    });
    expect(saved.status()).toBe(200);
    expect(await saved.json()).toMatchObject({ version: 1, state: "draft" });

    const irina = await cookieClient(playwright, baseURL!, "ruTranslator");
    const again = await irina.put(translationPath(slug, "p-quote", "ru"), { data: { text: RU_QUOTED.replace("война", "настоящая война"), baseVersion: 1 } });
    expect(again.status()).toBe(200);
    expect(await again.json()).toMatchObject({ version: 2, state: "draft" });
    await irina.dispose();
  });

  test("a translator's note is saved with the text and reaches the reader with it; a save that sends none keeps it", async ({ request }) => {
    const { slug } = await freshReport();
    const headers = bearer(await tokenFor(await ruTranslator()));
    const path = translationPath(slug, "p-one", "ru");
    const note = "Примечание переводчика к первому абзацу.";
    expect((await request.put(path, { headers, data: { text: "Первый абзац.", baseVersion: 0, translatorNote: note } })).status()).toBe(200);
    const unchanged = await request.put(path, { headers, data: { text: "Первый абзац.", baseVersion: 1 } });
    expect(await unchanged.json()).toMatchObject({ version: 1, unchanged: true });
    const stored = await e2eDb().revision.findFirstOrThrow({ where: { version: 1, translation: { language: "ru", paragraph: { key: "p-one", report: { slug } } } } });
    expect(stored.translatorNote).toBe(note);
    const tooLong = await request.put(path, { headers, data: { text: "Первый абзац.", baseVersion: 1, translatorNote: "а".repeat(1001) } });
    expect(tooLong.status()).toBe(422);
  });

  test("answers 401 without credentials and with a revoked token, before looking at the body", async ({ request }) => {
    const { slug } = await freshReport();
    const anonymous = await request.put(translationPath(slug, "p-one", "ru"), { data: { nonsense: true } });
    expect(anonymous.status()).toBe(401);
    expect(anonymous.headers()["www-authenticate"]).toContain("Bearer");

    const user = await ruTranslator();
    const token = await tokenFor(user);
    const { id } = (await e2eDb().accessToken.findFirstOrThrow({ where: { userId: user.id } }))!;
    await revokeAccessToken(e2eDb(), { actor: user, tokenId: id });
    const revoked = await request.put(translationPath(slug, "p-one", "ru"), { headers: bearer(token), data: { text: "Первый абзац.", baseVersion: 0 } });
    expect(revoked.status()).toBe(401);
    expect(await revoked.json()).toMatchObject({ error: "unauthenticated" });
  });

  test("answers 403 to a translator of the other language, and to a cross-site cookie-authenticated write", async ({ request, playwright, baseURL }) => {
    const { slug } = await freshReport();
    const english = await tokenFor(await newUser({ roles: [{ role: "translator", language: "en" }] }));
    const refused = await request.put(translationPath(slug, "p-one", "ru"), { headers: bearer(english), data: { text: "Первый абзац.", baseVersion: 0 } });
    expect(refused.status()).toBe(403);

    const irina = await cookieClient(playwright, baseURL!, "ruTranslator");
    const crossSite = await irina.put(translationPath(slug, "p-one", "ru"), {
      headers: { origin: "https://evil.example", "accept-language": "fr" },
      data: { text: "Первый абзац.", baseVersion: 0 },
    });
    expect(crossSite.status()).toBe(403);
    expect(await crossSite.json()).toMatchObject({ error: "forbidden", message: "Cette requête venait d’un autre site et a été refusée." });
    await irina.dispose();
    expect(await e2eDb().revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });

  test("answers 404 naming the unknown report, paragraph or language", async ({ request }) => {
    const { slug } = await freshReport();
    const headers = bearer(await tokenFor(await ruTranslator()));
    const data = { text: "Первый абзац.", baseVersion: 0 };
    for (const [path, what] of [
      [translationPath("no-such-report", "p-one", "ru"), "report"],
      [translationPath(slug, "p-nope", "ru"), "paragraph"],
      [translationPath(slug, "p-one", "de"), "language"],
      [translationPath(slug, "p-one", "fr"), "language"],
    ]) {
      const response = await request.put(path, { headers, data });
      expect(response.status(), path).toBe(404);
      expect(await response.json()).toMatchObject({ error: "not-found", what });
    }
  });

  test("answers 409 with the current text and version when someone saved in between, and writes nothing", async ({ request }) => {
    const { slug } = await freshReport();
    const first = await tokenFor(await ruTranslator());
    const second = await tokenFor(await ruTranslator());
    const path = translationPath(slug, "p-one", "ru");
    expect((await request.put(path, { headers: bearer(first), data: { text: "Версия Ирины.", baseVersion: 0 } })).status()).toBe(200);
    const conflict = await request.put(path, { headers: bearer(second), data: { text: "Версия Дмитрия.", baseVersion: 0 } });
    expect(conflict.status()).toBe(409);
    expect(await conflict.json()).toMatchObject({ error: "conflict", currentVersion: 1, currentText: "Версия Ирины." });
    expect(await e2eDb().revision.count({ where: { translation: { paragraph: { key: "p-one", report: { slug } } } } })).toBe(1);
  });

  test("answers 422 naming each problem in the caller's language", async ({ request }) => {
    const { slug } = await freshReport();
    const headers = bearer(await tokenFor(await ruTranslator()));
    const path = translationPath(slug, "p-quote", "ru");

    const missing = await request.put(path, {
      headers: { ...headers, "accept-language": "fr-FR,fr;q=0.9" },
      data: { text: "«<q id=\"q-one\">Я пришла сюда</q>», — рассказывает Динара. <q id=\"q-nine\">Лишняя</q>", baseVersion: 0 },
    });
    expect(missing.status()).toBe(422);
    const missingBody = await missing.json();
    expect(missingBody.message).toBe("Une partie de ce que vous avez envoyé n’est pas valide. Rien n’a été modifié.");
    expect(missingBody.problems).toEqual(expect.arrayContaining([expect.stringMatching(/La citation «\sq-two\s» manque/), expect.stringMatching(/«\sq-nine\s» n’est pas une citation/)]));

    const tooLong = await request.put(path, { headers: { ...headers, "accept-language": "ru" }, data: { text: RU_QUOTED + "а".repeat(5000), baseVersion: 0 } });
    expect(tooLong.status()).toBe(422);
    expect((await tooLong.json()).problems).toEqual([expect.stringMatching(/Текст слишком длинный \(\d+ симв\.; не более 5000\)/)]);

    const empty = await request.put(translationPath(slug, "p-one", "ru"), { headers: { ...headers, "accept-language": "ru" }, data: { text: "   ", baseVersion: 0 } });
    expect(empty.status()).toBe(422);
    expect((await empty.json()).problems).toEqual(["Текст пуст."]);

    const malformed = await request.put(path, { headers: { ...headers, "accept-language": "ru" }, data: { text: RU_QUOTED } });
    expect(malformed.status()).toBe(422);
    expect((await malformed.json()).problems).toEqual([expect.stringMatching(/^baseVersion: .*ожидалось число/)]);

    const unknownQuote = await request.put(path, {
      headers,
      data: { text: RU_QUOTED, baseVersion: 0, quotes: [{ id: "q-nine", ownWords: true, note: "?" }] },
    });
    expect((await unknownQuote.json()).problems).toEqual(["“q-nine” is not a quotation of this paragraph."]);
    expect(await e2eDb().revision.count({ where: { translation: { paragraph: { report: { slug } } } } })).toBe(0);
  });
});

test.describe("POST …/submit and …/review", () => {
  test("submit moves a draft to review (200); a stale version is refused (409)", async ({ request }) => {
    const { slug } = await freshReport();
    const headers = bearer(await tokenFor(await ruTranslator()));
    await request.put(translationPath(slug, "p-one", "ru"), { headers, data: { text: "Первый абзац.", baseVersion: 0 } });
    await request.put(translationPath(slug, "p-one", "ru"), { headers, data: { text: "Первый абзац, правка.", baseVersion: 1 } });
    const stale = await request.post(translationPath(slug, "p-one", "ru", "/submit"), { headers, data: { version: 1 } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", currentVersion: 2 });
    const submitted = await request.post(translationPath(slug, "p-one", "ru", "/submit"), { headers });
    expect(submitted.status()).toBe(200);
    expect(await submitted.json()).toEqual({ version: 2, state: "in-review" });
  });

  test("review: four-eyes (403), only reviewers (403), stale version (409 with the new text), comment required (422), approve (200)", async ({ request }) => {
    const { slug } = await freshReport();
    const both = await newUser({ roles: [{ role: "translator", language: "ru" }, { role: "reviewer", language: "ru" }] });
    const authorHeaders = bearer(await tokenFor(both));
    const review = translationPath(slug, "p-one", "ru", "/review");
    await request.put(translationPath(slug, "p-one", "ru"), { headers: authorHeaders, data: { text: "Первый абзац.", baseVersion: 0 } });
    await request.post(translationPath(slug, "p-one", "ru", "/submit"), { headers: authorHeaders });

    const own = await request.post(review, { headers: { ...authorHeaders, "accept-language": "en" }, data: { decision: "approve", version: 1 } });
    expect(own.status()).toBe(403);
    expect((await own.json()).message).toBe("You wrote some of this text since it was last approved (perhaps in a version someone restored): another reviewer must approve it.");

    const translatorOnly = bearer(await tokenFor(await ruTranslator()));
    expect((await request.post(review, { headers: translatorOnly, data: { decision: "approve", version: 1 } })).status()).toBe(403);
    const englishReviewer = bearer(await tokenFor(await demoActor("enReviewer")));
    expect((await request.post(review, { headers: englishReviewer, data: { decision: "approve", version: 1 } })).status()).toBe(403);

    const reviewer = bearer(await tokenFor(await ruReviewer()));
    const noComment = await request.post(review, { headers: { ...reviewer, "accept-language": "ru" }, data: { decision: "request-changes", version: 1 } });
    expect(noComment.status()).toBe(422);
    expect((await noComment.json()).problems).toEqual(["Добавьте комментарий с объяснением."]);

    await request.put(translationPath(slug, "p-one", "ru"), { headers: authorHeaders, data: { text: "Первый абзац, исправленный.", baseVersion: 1 } });
    const stale = await request.post(review, { headers: reviewer, data: { decision: "approve", version: 1 } });
    expect(stale.status()).toBe(409);
    expect(await stale.json()).toMatchObject({ error: "conflict", currentVersion: 2, currentText: "Первый абзац, исправленный." });

    await request.post(translationPath(slug, "p-one", "ru", "/submit"), { headers: authorHeaders });
    const approved = await request.post(review, { headers: reviewer, data: { decision: "approve", version: 2, comment: "Bien." } });
    expect(approved.status()).toBe(200);
    expect(await approved.json()).toEqual({ version: 2, state: "approved" });
  });

  test("an approval through the API reaches the cached public reader", async ({ request, page }) => {
    const { slug } = await freshReport();
    await page.goto(`/en/reports/${slug}?cols=fr,ru`);
    await expect(page.locator('[data-paragraph="p-one"] [lang="ru"][data-status]')).toHaveAttribute("data-status", "missing");

    const author = bearer(await tokenFor(await ruTranslator()));
    const saved = await request.put(translationPath(slug, "p-one", "ru"), { headers: author, data: { text: "Первый абзац, одобренный.", baseVersion: 0 } });
    expect(saved.status()).toBe(200);
    expect((await request.post(translationPath(slug, "p-one", "ru", "/submit"), { headers: author })).status()).toBe(200);
    const reviewer = bearer(await tokenFor(await ruReviewer()));
    expect((await request.post(translationPath(slug, "p-one", "ru", "/review"), { headers: reviewer, data: { decision: "approve", version: 1 } })).status()).toBe(200);

    await page.reload();
    const cell = page.locator('[data-paragraph="p-one"] [lang="ru"][data-status]');
    await expect(cell).toHaveAttribute("data-status", "approved");
    await expect(cell).toContainText("Первый абзац, одобренный.");
  });
});

test.describe("GET /api/me and /api/openapi.json", () => {
  test("me says who holds the token, and nobody without one", async ({ request }) => {
    const user = await newUser({ roles: [{ role: "reviewer", language: "en" }] });
    const me = await request.get("/api/me", { headers: bearer(await tokenFor(user)) });
    expect(await me.json()).toMatchObject({ user: { email: user.email, roles: [{ role: "reviewer", language: "en" }] }, work: [{ kind: "review", language: "en" }] });
    expect(me.headers()["cache-control"]).toContain("no-store");
    expect(await (await request.get("/api/me")).json()).toEqual({ user: null, work: [] });
  });

  test("the OpenAPI document describes every route", async ({ request }) => {
    const document = await (await request.get("/api/openapi.json")).json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        "/api/me",
        "/api/reports",
        "/api/reports/{slug}",
        "/api/reports/{slug}/paragraphs/{id}/translations/{lang}",
        "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/submit",
        "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/review",
      ]),
    );
  });
});
