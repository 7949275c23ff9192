import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, uniqueSlug } from "./fixtures/factories";
import { approve, readerStatus, submit } from "./fixtures/review";

const run = promisify(execFile);

const mdx = (paragraphs: Record<string, string>) =>
  `---\ntitle: "Un reportage à corriger"\ndate: "2022-01"\noutlet: France 24\noriginalLanguage: fr\n---\n\n` +
  Object.entries(paragraphs)
    .map(([id, text]) => `<Paragraph id="${id}">\n${text}\n</Paragraph>\n`)
    .join("\n");

const FIRST = {
  "p-keep": "Ce paragraphe ne change pas.",
  "p-typo": "Les manifestans se sont rassemblés sur la place.",
  "p-fix": "Deux techniciens ont été blessés.",
  "p-pending": "Le bilan reste inconnu.",
  "p-drop": "Ce paragraphe sera retiré.",
};
const CORRECTED = {
  "p-keep": FIRST["p-keep"],
  "p-typo": "Les manifestants se sont rassemblés sur la place.",
  "p-fix": "Un technicien a été blessé.",
  "p-new": "Un paragraphe ajouté après coup.",
  "p-pending": "Le bilan reste inconnu à ce jour.",
};

// `npm run content:sync -- --content-dir <dir>`, as a child process against the e2e database,
// telling the running app to refresh its cached reader pages.
async function contentSync(dir: string, baseURL: string): Promise<string> {
  const { stdout } = await run("node_modules/.bin/tsx", ["scripts/content-sync.ts", "--content-dir", dir], {
    env: { ...process.env, APP_URL: baseURL },
  });
  return stdout;
}

const cell = (page: Page, key: string, language: string) => page.locator(`[data-paragraph="${key}"] [data-col="${language}"]`);

test("a correction of the MDX outdates exactly the approved paragraphs it changed; readers see it; keeping an approval clears one", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "review-content-"));
  const slug = uniqueSlug("correction");
  const file = path.join(dir, "reports", `${slug}.mdx`);
  fs.mkdirSync(path.dirname(file));
  try {
    fs.writeFileSync(file, mdx(FIRST));
    expect(await contentSync(dir, baseURL!)).toContain(`${slug} (new report)`);

    const emma = await demoActor("enTranslator");
    const olivia = await demoActor("enReviewer");
    const en = (paragraphKey: string) => ({ slug, paragraphKey, language: "en" as const });
    await approve(en("p-keep"), emma, olivia, "This paragraph does not change.");
    await approve(en("p-typo"), emma, olivia, "The protesters gathered in the square.");
    await approve(en("p-fix"), emma, olivia, "Two technicians were injured.");
    await approve(en("p-drop"), emma, olivia, "This paragraph will be removed.");
    await submit(en("p-pending"), emma, "The toll remains unknown.");

    fs.writeFileSync(file, mdx(CORRECTED));
    const summary = await contentSync(dir, baseURL!);
    expect(summary).toContain("added: p-new");
    expect(summary).toContain("changed: p-typo, p-fix, p-pending");
    expect(summary).toContain("archived: p-drop");
    expect(summary).toContain("outdated: p-typo (en), p-fix (en)");

    // The sync told the app: the cached reader shows the new state without a restart.
    const reader = await (await browser.newContext()).newPage();
    await reader.goto(`/en/reports/${slug}`);
    await expect(reader.locator("[data-paragraph]")).toHaveCount(5);
    await expect(reader.locator('[data-paragraph="p-drop"]')).toHaveCount(0);
    await expect(cell(reader, "p-keep", "en")).toHaveAttribute("data-status", "approved");
    await expect(cell(reader, "p-pending", "en")).toHaveAttribute("data-status", "in-review");
    await expect(cell(reader, "p-new", "en")).toHaveAttribute("data-status", "missing");
    await expect(cell(reader, "p-new", "ru")).toHaveAttribute("data-status", "missing");
    for (const key of ["p-typo", "p-fix"]) await expect(cell(reader, key, "en")).toHaveAttribute("data-status", "outdated");
    // The last approved text, marked outdated, with the current original beside it.
    await expect(cell(reader, "p-fix", "en").locator('.unit[lang="en"]')).toHaveText("Two technicians were injured.");
    await expect(cell(reader, "p-fix", "en")).toContainText("The original was corrected after this translation was approved.");
    await expect(cell(reader, "p-fix", "fr")).toContainText("Un technicien a été blessé.");

    // The reviewer sees the outdated ones after what is in review, with the source diff.
    const page = await (await browser.newContext({ storageState: storageStateFor("enReviewer") })).newPage();
    await page.goto(`/en/review/${slug}/en`);
    await expect(page.locator('[data-queue="in-review"] [data-queue-item]')).toHaveText(["Paragraph 5"]);
    await expect(page.locator('[data-queue="outdated"] [data-queue-item]')).toHaveText(["Paragraph 2", "Paragraph 3"]);
    await expect(page.getByTestId("review-warnings")).toContainText("made against an earlier wording of the original");

    await page.locator('[data-queue-item="p-typo"]').click();
    await expect(page.locator("article.review-item")).toHaveAttribute("data-state", "outdated");
    await expect(page.getByTestId("review-source-diff").locator("del")).toContainText("manifestans");
    await expect(page.getByTestId("review-source-diff").locator("ins")).toContainText("manifestants");
    await expect(page.getByRole("button", { name: "Approve" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Keep the approval" })).toBeEnabled();
    const reason = page.getByLabel("Why the translation still holds (required)");
    await reason.fill("A typo fixed in the French; the English is unaffected.");
    await reason.press("Control+Enter");
    await expect(page.locator("#review-decided")).toHaveText("Decision recorded: approval kept.");

    await expect.poll(() => readerStatus(reader.request, slug, "p-typo", "en"), { timeout: 1_000, intervals: [50, 100, 100, 150] }).toBe("approved");
    await reader.reload();
    await expect(cell(reader, "p-typo", "en")).toHaveAttribute("data-status", "approved");
    await expect(cell(reader, "p-fix", "en")).toHaveAttribute("data-status", "outdated");
    await expect(cell(reader, "p-typo", "en").locator('.unit[lang="en"]')).toHaveText("The protesters gathered in the square.");
    await expect(page.locator('[data-queue="outdated"] [data-queue-item]')).toHaveText(["Paragraph 3"]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
