import { expect, test } from "@playwright/test";
import { newReport } from "./fixtures/factories";

test("a report created by a factory is readable, with every translation missing", async ({ page }) => {
  const { slug } = await newReport();
  await page.goto(`/en/reports/${slug}`);
  await expect(page.locator("[data-paragraph]")).toHaveCount(3);
  await expect(page.locator('[data-paragraph] [lang="en"][data-status="missing"]')).toHaveCount(3);
});
