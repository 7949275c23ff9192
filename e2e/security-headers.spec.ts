import { expect, test, type APIResponse } from "@playwright/test";
import { storageStateFor } from "./fixtures/accounts";
import { nonceOf, recordCspViolations, scriptNonces } from "./fixtures/csp";
import { readerPath, visibleColumnOrder } from "./fixtures/reader";
import { SEED_SLUG } from "./fixtures/seed-report";

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy, what).toContain("frame-ancestors 'none'");
  expect(policy, what).toContain("object-src 'none'");
  expect(policy, what).toContain("base-uri 'none'");
  expect(policy, what).not.toContain("unsafe-eval");
  expect(policy, what).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["referrer-policy"], what).toBe("same-origin");
  expect(headers["permissions-policy"], what).toContain("camera=()");
  // HSTS only over HTTPS (lib/http/security-policy.test.ts): this server is plain HTTP
  expect(headers["strict-transport-security"], what).toBeUndefined();
}

test("every kind of response carries the security headers: a page, an /api answer, a static asset, a 404, a redirect", async ({ request }) => {
  const page = await request.get(readerPath("en", SEED_SLUG));
  expect(page.status()).toBe(200);
  expectSecurityHeaders(page, "reader page");
  expect(page.headers()["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);

  const asset = (await page.text()).match(/\/_next\/static\/[^"]+\.js/)?.[0];
  expect(asset).toBeTruthy();
  const responses: [string, APIResponse][] = [
    ["api", await request.get("/api/reports")],
    ["static asset", await request.get(asset!)],
    ["404", await request.get("/en/reports/no-such-report")],
    ["file-like 404", await request.get("/.env")],
    ["redirect", await request.get("/", { maxRedirects: 0 })],
  ];
  expect(responses.map(([, response]) => response.status())).toEqual([200, 200, 404, 404, 307]);
  for (const [what, response] of responses) expectSecurityHeaders(response, what);
  // what is not a page may load and run nothing
  expect(responses[0][1].headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("each page answer has its own nonce, on every script it contains", async ({ request }) => {
  for (const path of [readerPath("en", SEED_SLUG, "ru,fr"), "/fr", `/ru/reports/${SEED_SLUG}/original`, "/en/reports/no-such-report", "/en/sign-in"]) {
    const [first, second] = [await request.get(path), await request.get(path)];
    const nonces = [nonceOf(first), nonceOf(second)];
    expect(nonces[0], path).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonces[1], path).not.toBe(nonces[0]);
    const html = await first.text();
    expect(scriptNonces(html).length, path).toBeGreaterThan(0);
    expect(new Set(scriptNonces(html)), path).toEqual(new Set([nonces[0]]));
  }
});

test("the reader runs under the policy: the column script and the picker work, and nothing is blocked", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.goto(readerPath("en", SEED_SLUG, "ru,fr"));
  // the inline column script ran before paint
  await expect(page.locator("#reader")).toHaveAttribute("data-cols", "ru fr");
  expect(await visibleColumnOrder(page)).toEqual(["ru", "fr"]);
  // and the page hydrated: the picker answers
  await page.getByRole("group", { name: "Columns" }).getByLabel("Column 3").selectOption({ label: "English" });
  await expect(page).toHaveURL(/\?cols=ru,fr,en$/);
  expect(await violations()).toEqual([]);
});

test("a script injected into a page without the nonce does not run (as if a text field had slipped through)", async ({ page }) => {
  const violations = await recordCspViolations(page);
  await page.route((url) => url.pathname === readerPath("en", SEED_SLUG), async (route) => {
    const response = await route.fetch();
    // in the head, where React leaves unknown tags alone: the page must still hydrate
    const html = (await response.text()).replace("<head>", '<head><script>document.documentElement.dataset.injected = "ran"</script>');
    await route.fulfill({ response, body: html });
  });
  await page.goto(readerPath("en", SEED_SLUG, "ru,fr"));
  await expect(page.locator("#reader")).toHaveAttribute("data-cols", "ru fr");
  // the page's own scripts (with the nonce) ran; the injected one was blocked and reported
  await expect.poll(async () => (await violations()).filter((violation) => violation.startsWith("event:"))).toEqual(["event: script-src-elem inline"]);
  await expect(page.locator("html")).not.toHaveAttribute("data-injected", "ran");
});

test.describe("signed in", () => {
  test.use({ storageState: storageStateFor("ruTranslator") });

  test("the workspace runs under the policy: it hydrates and nothing is blocked", async ({ page }) => {
    const violations = await recordCspViolations(page);
    await page.goto(`/en/translate/${SEED_SLUG}/ru?show=all`);
    await expect(page.locator('.ws-rows[data-ready="true"]')).toBeVisible();
    await page.locator('[data-paragraph="p-dinara-war"]').getByRole("button", { name: /^Edit paragraph/ }).click();
    await expect(page.locator('[data-paragraph="p-dinara-war"]').getByRole("button", { name: "Save", exact: true })).toBeVisible();
    expect(await violations()).toEqual([]);
  });
});

test.describe("server actions the proxy refuses before Next reads them", () => {
  test("a cross-site server action is 403, in the caller's language", async ({ request }) => {
    for (const [language, message] of [["ru", "запрос"], ["en", "another site"]] as const) {
      const response = await request.post("/en/sign-in", {
        headers: { "next-action": "0".repeat(42), origin: "https://evil.example", "accept-language": language, "content-type": "text/plain;charset=UTF-8" },
        data: "[]",
      });
      expect(response.status()).toBe(403);
      const body = await response.json();
      expect(body.error).toBe("forbidden");
      expect(body.message.toLowerCase()).toContain(message);
      expectSecurityHeaders(response, "refusal");
    }
  });

  test("a server action body over the limit is 413, in the caller's language", async ({ request, baseURL }) => {
    const response = await request.post("/en/sign-in", {
      headers: { "next-action": "0".repeat(42), origin: baseURL!, "accept-language": "fr", "content-type": "text/plain;charset=UTF-8" },
      data: "x".repeat(1024 * 1024 + 1),
    });
    expect(response.status()).toBe(413);
    const body = await response.json();
    expect(body.error).toBe("too-large");
    expect(body.message).toMatch(/^La requête est trop volumineuse \(1\D?024 Ko au plus\)/);
  });

  test("arguments Next's decoder would crash on are 422, in the caller's language", async ({ request, baseURL }) => {
    for (const data of ["{", "null", Buffer.from([0x5b, 0x22, 0xff, 0x22, 0x5d])]) {
      const response = await request.post("/en/sign-in", {
        headers: { "next-action": "0".repeat(42), origin: baseURL!, "accept-language": "ru", "content-type": "text/plain;charset=UTF-8" },
        data,
      });
      expect(response.status()).toBe(422);
      expect((await response.json()).error).toBe("invalid");
    }
  });

  test("a same-site server action under the limit is left to Next", async ({ request, baseURL }) => {
    const response = await request.post("/en/sign-in", {
      headers: { "next-action": "0".repeat(42), origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
      data: "[]",
    });
    expect([403, 413]).not.toContain(response.status());
  });
});
