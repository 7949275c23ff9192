import { expect, test } from "@playwright/test";
import { newUser } from "./fixtures/factories";
import { signInAs, submitSignIn } from "./fixtures/sign-in";

test("a user changes their own password: wrong input changes nothing, and other sessions end", async ({ browser, page }) => {
  const user = await newUser();
  await signInAs(page, user);
  const elsewhere = await (await browser.newContext()).newPage();
  await signInAs(elsewhere, user);

  const form = page.getByRole("region", { name: "Password" });
  const current = form.getByLabel("Current password");
  const next = form.getByLabel("New password");
  const change = form.getByRole("button", { name: "Change the password" });

  await current.fill("not-my-password");
  await next.fill("a-brand-new-password");
  await change.click();
  await expect(form.getByRole("alert")).toContainText("The current password is incorrect.");

  await current.fill(user.password);
  await next.fill("short");
  await change.click();
  await expect(form.getByRole("alert")).toContainText("The password must have between 10 and 200 characters.");
  // neither refusal changed anything: the other session is still signed in
  await elsewhere.reload();
  await expect(elsewhere.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // (React empties the form after each answer)
  await current.fill(user.password);
  await next.fill("a-brand-new-password");
  await change.click();
  await expect(form.getByText("Password changed. Other sessions signed out: 1.")).toBeVisible();
  await elsewhere.reload();
  await expect(elsewhere).toHaveURL(/\/en\/sign-in\?next=/);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();

  // the old password no longer signs in; the new one does
  const fresh = await (await browser.newContext()).newPage();
  await fresh.goto("/en/sign-in");
  await submitSignIn(fresh, { email: user.email, password: user.password });
  await expect(fresh.getByRole("main").getByRole("alert")).toBeVisible();
  await signInAs(fresh, { email: user.email, password: "a-brand-new-password" });
});
