import { expect, test } from "@playwright/test";
import { bearer, freshReport, translationPath } from "./fixtures/api";
import { newUser } from "./fixtures/factories";
import { signInAs } from "./fixtures/sign-in";

test("a token is shown once, works against the API, and stops working once revoked", async ({ page, request }) => {
  const user = await newUser({ roles: [{ role: "translator", language: "ru" }] });
  const { slug } = await freshReport();
  await signInAs(page, user);

  await page.getByLabel("Token name (e.g. the tool that uses it)").fill("OmegaT");
  await page.getByRole("button", { name: "Create a token" }).click();
  const shown = page.getByTestId("new-token");
  await expect(shown).toHaveText(/^nrt_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText("copy it now: it is shown only once")).toBeVisible();
  const token = (await shown.textContent())!;
  const listed = page.locator(`[data-token="${token.slice(0, 10)}"]`);
  await expect(listed.getByRole("heading", { name: "OmegaT" })).toBeVisible();
  await expect(listed).toContainText("Never");

  const me = await request.get("/api/me", { headers: bearer(token) });
  expect(await me.json()).toMatchObject({ user: { email: user.email } });
  const saved = await request.put(translationPath(slug, "p-one", "ru"), { headers: bearer(token), data: { text: "Первый абзац.", baseVersion: 0 } });
  expect(saved.status()).toBe(200);

  await page.reload();
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  await expect(listed.getByRole("heading", { name: "OmegaT" })).toBeVisible();
  await expect(listed).not.toContainText("Never");

  await listed.getByRole("button", { name: "Revoke the token “OmegaT”" }).click();
  await expect(page.getByText("You have no tokens.")).toBeVisible();
  const refused = await request.put(translationPath(slug, "p-one", "ru"), { headers: bearer(token), data: { text: "Первый абзац, снова.", baseVersion: 1 } });
  expect(refused.status()).toBe(401);
  expect((await request.get("/api/me", { headers: bearer(token) })).status()).toBe(401);
});
