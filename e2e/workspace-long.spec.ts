import { expect, test } from "@playwright/test";
import { parseReport } from "../lib/content/parse-report";
import { longReportMdx, writeLongReport } from "../lib/testing/long-report";
import { storageStateFor } from "./fixtures/accounts";
import { e2eDb, uniqueSlug } from "./fixtures/factories";
import { editorOf, expectNoAxeViolations, newWorkspaceReport, openWorkspace, row, seeded } from "./fixtures/workspace";

// Issue 14: a long report's workspace is shown a page of 50 paragraphs at a time.
test.use({ storageState: storageStateFor("ruTranslator") });

const PARAGRAPHS = 130;
const keys = parseReport(longReportMdx({ paragraphs: PARAGRAPHS }), "long.mdx").units.map((unit) => unit.key);

test("a long report: a page at a time, previous and next pages by keyboard, a jump to a paragraph number, find over the whole report", async ({ page }) => {
  const slug = uniqueSlug("long-report");
  await seeded(() => writeLongReport(e2eDb(), { slug, paragraphs: PARAGRAPHS }));
  await openWorkspace(page, slug);
  const pager = page.getByRole("navigation", { name: "Pages of the report" }).first();
  await expect(pager).toContainText("Page 1 of 3: paragraphs 1 to 50 of 130");
  await expect(page.locator("[data-paragraph]")).toHaveCount(50);
  await expect(row(page, keys[49])).toBeVisible();
  // the counts are the whole report's, the page is kept in the address
  await expect(page.locator('.ws-filter[data-state="missing"]')).toContainText("(130)");
  await expect(page).toHaveURL(/[?&]page=1\b/);
  await expectNoAxeViolations(page);

  await pager.getByRole("link", { name: "Next page" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]page=2\b/);
  await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
  await expect(pager).toContainText("Page 2 of 3: paragraphs 51 to 100 of 130");
  await expect(page.locator("[data-paragraph]").first()).toHaveAttribute("data-paragraph", keys[50]);
  await expect(pager.getByRole("link", { name: "Previous page" })).toBeVisible();

  await pager.getByLabel("Go to paragraph number").fill("120");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/[?&]at=120\b/);
  await expect(pager).toContainText("Page 3 of 3: paragraphs 101 to 130 of 130");
  await expect(page.locator("[data-paragraph]")).toHaveCount(30);
  // the paragraph asked for is open
  await expect(editorOf(page, keys[119])).toBeVisible();

  // p-dinara-photos is the seed's 6th block: paragraphs 6, 27, 48, 69, 90 and 111
  const find = page.getByRole("search", { name: "Find in the original and the translation" });
  await find.getByRole("searchbox").fill("quelques photos");
  await find.getByRole("button", { name: "Find in the whole report" }).click();
  await expect(page).toHaveURL(/[?&]find=quelques(\+|%20)photos/);
  await expect(find.getByRole("status")).toHaveText("6 paragraphs contain “quelques photos”:");
  await expect(find.locator("[data-find-result]")).toHaveCount(6);
  // on this page a result opens its paragraph; on another, it is a link to that page
  await find.locator(`[data-find-result="${keys[110]}"]`).getByRole("button", { name: "Paragraph 111, original" }).click();
  await expect(editorOf(page, keys[110])).toBeVisible();
  await find.getByRole("link", { name: "Paragraph 27, original (page 1)" }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]page=1\\b.*#${keys[26]}$`));
  await expect(pager).toContainText("Page 1 of 3");
  await expect(editorOf(page, keys[26])).toBeVisible();
  await expect(find.locator("[data-find-result]")).toHaveCount(6);
});

test("a report shorter than a page has no pages", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  await openWorkspace(page, slug);
  await expect(page.locator("[data-paragraph]")).toHaveCount(3);
  await expect(page.getByRole("navigation", { name: "Pages of the report" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Find in the whole report" })).toHaveCount(0);
});
