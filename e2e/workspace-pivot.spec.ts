import { expect, test } from "@playwright/test";
import { decideTranslation } from "../lib/reviews/decide-translation";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { storageStateFor } from "./fixtures/accounts";
import { demoActor, e2eDb } from "./fixtures/factories";
import { expectNoAxeViolations, newWorkspaceReport, openWorkspace, row, seeded } from "./fixtures/workspace";

// The pivot column (issue 9): the other target language's approved text beside the
// original, marked as a translation, remembered per user.

test.use({ storageState: storageStateFor("ruTranslator") });
test.describe.configure({ timeout: 90_000 });

test("the pivot toggle shows the approved English beside the French, marked as a translation, and stays on after a reload", async ({ page }) => {
  const { slug } = await newWorkspaceReport();
  const emma = await demoActor("enTranslator");
  const olivia = await demoActor("enReviewer");
  const ref = { slug, language: "en", paragraphKey: "p-one" };
  await seeded(() => saveTranslation(e2eDb(), { ...ref, actor: emma, text: "First paragraph, approved.", baseVersion: 0 }));
  await seeded(() => submitTranslation(e2eDb(), { ...ref, actor: emma }));
  await seeded(() => decideTranslation(e2eDb(), { ...ref, actor: olivia, decision: "approve", version: 1 }));

  await openWorkspace(page, slug);
  const toggle = page.getByRole("checkbox", { name: "Show the approved English translation beside the original", exact: true });
  await expect(toggle).not.toBeChecked();
  await expect(page.locator("[data-pivot]")).toHaveCount(0);
  await toggle.check();

  const pivot = row(page, "p-one").locator('.ws-source [data-pivot="en"]');
  await expect(pivot).toContainText("English translation (approved), not the original");
  await expect(pivot.locator('.ws-unit[lang="en"]').filter({ hasText: "First paragraph, approved." })).toBeVisible();
  await expect(row(page, "p-quote").locator("[data-pivot]")).toContainText("No approved English translation of this paragraph yet.");

  await page.reload();
  await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
  await expect(toggle).toBeChecked();
  await expect(pivot.locator('.ws-unit[lang="en"]')).toHaveText("First paragraph, approved.");
  await expectNoAxeViolations(page);

  await toggle.uncheck();
  await expect(page.locator("[data-pivot]")).toHaveCount(0);
});
