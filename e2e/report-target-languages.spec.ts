import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test } from "@playwright/test";
import { bearer, tokenFor, translationPath } from "./fixtures/api";
import { demoActor, uniqueSlug } from "./fixtures/factories";
import { readerPath, visibleColumnOrder } from "./fixtures/reader";
import { approve } from "./fixtures/review";

const run = promisify(execFile);
const tsx = "node_modules/.bin/tsx";

test.use({ viewport: { width: 1400, height: 900 } });

const ARTICLE = `Almaty, un an après

« Nous n'avons rien oublié », raconte Dinara, une habitante du centre-ville.

Les autorités n'ont publié aucun bilan définitif des événements de janvier.
`;

// A second report, translated into English only, from a text file to the reader: content:new
// writes its MDX with targetLanguages: [en], content:sync brings it into the e2e database.
test("a report translated into English only: made by content:new, synced, read in French and English columns alone; Russian is refused", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "target-languages-"));
  const slug = uniqueSlug("english-only");
  try {
    fs.mkdirSync(path.join(dir, "reports"));
    fs.copyFileSync(path.join("content", "reports", "index.ts"), path.join(dir, "reports", "index.ts"));
    fs.writeFileSync(path.join(dir, "article.txt"), ARTICLE);
    await run(tsx, ["scripts/content-new.ts", "--slug", slug, "--from", path.join(dir, "article.txt"), "--title", "Almaty, un an après", "--date", "2023-01", "--outlet", "France 24", "--targets", "en", "--content-dir", dir]);
    const mdx = fs.readFileSync(path.join(dir, "reports", `${slug}.mdx`), "utf8");
    expect(mdx).toContain("targetLanguages: [en]");
    const { stdout } = await run(tsx, ["scripts/content-sync.ts", "--content-dir", dir], { env: { ...process.env, APP_URL: baseURL } });
    expect(stdout).toContain(`${slug} (new report)`);

    const paragraph = [...mdx.matchAll(/<Paragraph id="([^"]+)">/g)].map((match) => match[1])[1];
    await approve({ slug, paragraphKey: paragraph, language: "en" }, await demoActor("enTranslator"), await demoActor("enReviewer"), "The authorities have published no final toll of the January events.");

    // The Russian interface would show Russian beside the original: here it shows English.
    await page.goto(readerPath("ru", slug));
    expect(await visibleColumnOrder(page)).toEqual(["fr", "en"]);
    await expect(page.locator(`[data-paragraph] > .cell[lang="ru"]`)).toHaveCount(0);
    await expect(page.locator(`#${paragraph} > .cell[lang="en"]`)).toContainText("The authorities have published no final toll");
    const picker = page.locator(".column-picker select").first();
    await expect(picker.locator("option")).toHaveText(["Французский, оригинал", "Английский"]);
    await expect(page.locator(".column-picker select")).toHaveCount(2);

    // An address asking for Russian keeps only what the report has.
    await page.goto(readerPath("en", slug, "ru,en,fr"));
    expect(await visibleColumnOrder(page)).toEqual(["en", "fr"]);

    const report = await request.get(`/api/reports/${slug}`);
    expect(await report.json()).toMatchObject({ targetLanguages: ["en"], translations: { en: expect.anything() } });
    expect(Object.keys((await report.json()).translations)).toEqual(["en"]);

    const token = await tokenFor(await demoActor("ruTranslator"));
    const refused = await request.put(translationPath(slug, paragraph, "ru"), {
      headers: { ...bearer(token), "accept-language": "ru" },
      data: { text: "Власти не опубликовали окончательных данных.", baseVersion: 0 },
    });
    expect(refused.status()).toBe(404);
    expect(await refused.json()).toMatchObject({ message: "Этот репортаж не переводится на этот язык." });
    expect(Object.keys((await (await request.get(`/api/reports/${slug}`)).json()).translations)).toEqual(["en"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
