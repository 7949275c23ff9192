import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { nonceOf, scriptNonces } from "./fixtures/csp";
import { demoActor, e2eDb, newReport } from "./fixtures/factories";
import { readerPath } from "./fixtures/reader";

// The reader is rendered per request: its CSP nonce is new each time, and what it shows is
// what the database says now. The one cache is a shared one in front (deploy/nginx.conf): the
// anonymous reader's page says it may keep it for a second, then ask again with its ETag.

test("each reader answer is rendered for its request: a fresh nonce on its policy and on every script, nothing cached by the app", async ({ request }) => {
  const { slug } = await newReport();
  const answers = [await request.get(readerPath("en", slug)), await request.get(readerPath("en", slug))];
  const nonces = answers.map(nonceOf);
  expect(nonces[0]).toBeTruthy();
  expect(nonces[1]).not.toBe(nonces[0]);
  for (const [index, answer] of answers.entries()) {
    expect(answer.status()).toBe(200);
    expect(answer.headers()["x-nextjs-cache"]).toBeUndefined();
    expect(answer.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=1, stale-if-error=86400");
    const tags = scriptNonces(await answer.text());
    expect(tags.length).toBeGreaterThan(1);
    expect(tags.every((nonce) => nonce === nonces[index])).toBe(true);
  }
});

test("a shared cache's revalidation of an unchanged reader page is a 304; a signed-in reader's page is never shared", async ({ request }) => {
  const { slug } = await newReport();
  const first = await request.get(readerPath("en", slug));
  const etag = first.headers()["etag"];
  expect(etag).toMatch(/^W\/"/);
  const again = await request.get(readerPath("en", slug), { headers: { "if-none-match": etag } });
  expect(again.status()).toBe(304);
  expect(await again.text()).toBe("");
  // another interface language is another page
  expect((await request.get(readerPath("ru", slug), { headers: { "if-none-match": etag } })).status()).toBe(200);

  const signedIn = await request.get(readerPath("en", slug), { headers: { cookie: "better-auth.session_token=anyone" } });
  expect(signedIn.status()).toBe(200);
  expect(signedIn.headers()["cache-control"]).toContain("no-store");
  expect(signedIn.headers()["etag"]).toBeUndefined();
  // a client navigation's payload is not the page
  const payload = await request.get(`${readerPath("en", slug)}?_rsc=x`, { headers: { rsc: "1" } });
  expect(payload.headers()["cache-control"]).toContain("no-store");
});

test("an approval is on the reader's next answer, within a second, with no revalidation asked for", async ({ page, request }) => {
  const { slug } = await newReport();
  const ref = { slug, paragraphKey: "p-one", language: "en" };
  const cell = page.locator('[data-paragraph="p-one"] > .cell[lang="en"]');
  await page.goto(readerPath("en", slug));
  await expect(cell).toHaveAttribute("data-status", "missing");

  // written straight to the database, behind the app's back
  const translator = await demoActor("enTranslator");
  const { version } = await saveTranslation(e2eDb(), { ...ref, actor: translator, text: "First paragraph, with no quotation.", baseVersion: 0 });
  await submitTranslation(e2eDb(), { ...ref, actor: translator });
  await decideTranslation(e2eDb(), { ...ref, actor: await demoActor("enReviewer"), decision: "approve", version });
  const approvedAt = Date.now();
  const html = await (await request.get(readerPath("en", slug))).text();
  expect(Date.now() - approvedAt).toBeLessThan(1_000);
  // p-one is the only English paragraph with a translation
  expect(html).toContain('data-col="en" lang="en" data-status="approved"');

  await page.reload();
  await expect(cell).toHaveAttribute("data-status", "approved");
  await expect(cell.locator("> .unit")).toHaveText("First paragraph, with no quotation.");
  await expect(cell.locator(".status")).toContainText("Approved by Olivia Grant");
  // every interface language and the reports list too
  await page.goto(readerPath("ru", slug, "fr,en"));
  await expect(cell).toHaveAttribute("data-status", "approved");
  await page.goto("/en");
  await expect(page.locator(`[data-report="${slug}"] .progress[data-language="en"]`)).toContainText("English: 1 paragraph approved of 3");
});

// Bytes under a folder, all files counted.
function folderBytes(folder: string): number {
  if (!fs.existsSync(folder)) return 0;
  return fs.readdirSync(folder, { recursive: true, withFileTypes: true }).reduce((sum, entry) => {
    return entry.isFile() ? sum + fs.statSync(path.join(entry.parentPath, entry.name)).size : sum;
  }, 0);
}

test("unknown addresses are 404s that nothing stores: the server's cache folders do not grow", async ({ request }) => {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next-e2e";
  const cacheBytes = () => folderBytes(path.join(distDir, "server", "app")) + folderBytes(path.join(distDir, "cache"));
  const before = cacheBytes();
  const run = `${Date.now().toString(36)}-${test.info().workerIndex}`;
  const addresses = Array.from({ length: 15 }, (_, index) => [
    `/en/reports/zz-${run}-${index}`,
    `/ru/zz-${run}-${index}`,
    `/.env-${run}-${index}`,
    `/zz-${run}.probe${index}`,
  ]).flat();
  for (const address of addresses) {
    const response = await request.get(address);
    expect(response.status(), address).toBe(404);
    const cacheControl = response.headers()["cache-control"] ?? "";
    expect(cacheControl, address).not.toMatch(/s-maxage/);
    expect(cacheControl, address).toContain("no-store");
  }
  // 60 answers of about 57 KB each were about 3.4 MB on disk when 404s were cached
  expect(cacheBytes() - before).toBeLessThan(64 * 1024);
});

test("only the holder of the revalidation secret can ask for a refresh", async ({ request }) => {
  const { slug } = await newReport();
  const attempts: Record<string, string>[] = [{}, { "x-revalidate-secret": "not-the-secret" }];
  for (const headers of attempts) {
    const response = await request.post("/api/revalidate", { headers, data: { slug } });
    expect(response.status()).toBe(403);
  }
});
