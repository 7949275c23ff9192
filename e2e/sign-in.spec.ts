import { expect, test } from "@playwright/test";
import { newUser } from "./fixtures/factories";
import { signInAs, submitSignIn } from "./fixtures/sign-in";

test("signs in, comes back to the page asked for, and signs out", async ({ page }) => {
  const user = await newUser({ roles: [{ role: "translator", language: "ru" }] });
  await page.goto("/en/account");
  await expect(page).toHaveURL("/en/sign-in?next=%2Fen%2Faccount");
  await expect(page.getByRole("heading", { level: 1, name: "Sign in" })).toBeVisible();
  await submitSignIn(page, user);
  await expect(page).toHaveURL("/en/account");
  await expect(page.getByRole("heading", { level: 1, name: "Your account" })).toBeVisible();
  await expect(page.getByText("Translator (Russian)")).toBeVisible();

  const menu = page.getByRole("banner").getByRole("button", { name: user.name });
  await menu.click();
  await expect(page.getByRole("banner").getByText("Translate into Russian")).toBeVisible();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL("/en");
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/en/account");
  await expect(page).toHaveURL(/\/en\/sign-in/);
});

test("signing in from a reader page leads back to it, and the cached page shows who is signed in", async ({ page }) => {
  const user = await newUser({ roles: [{ role: "reviewer", language: "en" }] });
  await page.goto("/fr/reports/almaty-janvier-2022");
  await page.getByRole("banner").getByRole("link", { name: "Se connecter" }).click();
  await expect(page).toHaveURL("/fr/sign-in?next=%2Ffr%2Freports%2Falmaty-janvier-2022");
  await submitSignIn(page, user);
  await expect(page).toHaveURL("/fr/reports/almaty-janvier-2022");
  await page.getByRole("banner").getByRole("button", { name: user.name }).click();
  await expect(page.getByRole("link", { name: /Kazakhstan/ })).toHaveAttribute("href", "/fr/review/almaty-janvier-2022/en");
});

test("a wrong password is refused with a message in the interface language, keeping the address", async ({ page }) => {
  const user = await newUser();
  await page.goto("/fr/sign-in");
  await submitSignIn(page, { email: user.email, password: "pas-le-bon-mot-de-passe" });
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Adresse e-mail ou mot de passe incorrect.");
  await expect(page.getByLabel("Adresse e-mail")).toHaveValue(user.email);
  await expect(page).toHaveURL("/fr/sign-in");
});

test("repeated failures lock this browser's address out of the account for a while, for the page and the HTTP endpoint alike", async ({ page }) => {
  test.slow(); // six password checks, two of them deliberately slowed down
  const user = await newUser();
  await page.goto("/ru/sign-in");
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    await submitSignIn(page, { email: user.email, password: `неверный-пароль-${attempt}` });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Неверный адрес электронной почты или пароль.");
  }
  await submitSignIn(page, user);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Слишком много неудачных попыток входа в эту учётную запись\. Попробуйте снова через 15 минут\./);
  await expect(page).toHaveURL("/ru/sign-in");

  // From the same browser, so from the same address (the owner elsewhere gets in: e2e/auth-hardening).
  const endpoint = await page.evaluate(async (credentials) => {
    const response = await fetch("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(credentials) });
    return { status: response.status, retryAfter: Number(response.headers.get("retry-after")) };
  }, { email: user.email, password: user.password });
  expect(endpoint.status).toBe(429);
  expect(endpoint.retryAfter).toBeGreaterThan(800);
});

test("a success forgets earlier failures", async ({ page }) => {
  test.slow(); // nine password checks, some deliberately slowed down
  const user = await newUser();
  await page.goto("/en/sign-in");
  for (let attempt = 1; attempt <= 3; attempt += 1) await submitSignIn(page, { email: user.email, password: `wrong-${attempt}` });
  await submitSignIn(page, user);
  await expect(page).toHaveURL("/en/work");
  await page.getByRole("banner").getByRole("button", { name: user.name }).click();
  await page.getByRole("banner").getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  // Without the reset these four would make eight failures in a row, and a lock.
  await page.goto("/en/sign-in");
  for (let attempt = 4; attempt <= 7; attempt += 1) await submitSignIn(page, { email: user.email, password: `wrong-${attempt}` });
  await signInAs(page, user);
});
