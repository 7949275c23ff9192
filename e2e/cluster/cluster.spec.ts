import { expect, test } from "@playwright/test";
import { createTestReport, createTestUser } from "../../lib/testing/fixtures";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../fixtures/accounts";
import { submitSignIn } from "../fixtures/sign-in";
import { api, reviewerWithToken, startCluster, translatorWithToken, type Cluster } from "./cluster";

// Two instances on one PostgreSQL behind deploy/nginx.conf (e2e/cluster/cluster.ts). One
// newsroom for the whole file, so the tests run in order; each has its own report.
test.describe.configure({ mode: "serial" });

let cluster: Cluster;
test.beforeAll(async ({}, testInfo) => {
  testInfo.setTimeout(240_000);
  cluster = await startCluster();
});
test.afterAll(async () => {
  await cluster?.stop();
});

const readerPath = (slug: string) => `/en/reports/${slug}`;

// The status the page shows for one paragraph in one language, from the HTML.
function cellStatus(html: string, paragraph: string, language: string): string | null {
  const row = html.split(`data-paragraph="${paragraph}"`)[1] ?? "";
  return new RegExp(`lang="${language}" data-status="([a-z-]+)"`).exec(row)?.[1] ?? null;
}

async function throughFront(pathname: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${cluster.front.url}${pathname}`, { headers });
  return { status: response.status, cache: response.headers.get("x-cache-status"), cacheControl: response.headers.get("cache-control"), html: await response.text() };
}

test("an approval made through instance A is on the reader's page through instance B at once, and through the front within a second", async ({ page }) => {
  const [a, b] = cluster.instances;
  const { slug } = await createTestReport(cluster.db);
  const translator = await translatorWithToken(cluster.db);
  const reviewer = await reviewerWithToken(cluster.db);
  const saved = await api(a.url, translator.token).save(slug, "p-one", "en", "The first paragraph, without a quotation.", 0);
  expect(saved.status).toBe(200);
  expect((await api(a.url, translator.token).submit(slug, "p-one", "en")).status).toBe(200);

  // The front holds the page: awaiting review (once the submission's refresh is in).
  await expect.poll(async () => cellStatus((await throughFront(readerPath(slug))).html, "p-one", "en"), { intervals: [50] }).toBe("in-review");
  expect((await throughFront(readerPath(slug))).cache).toBe("HIT");

  expect((await api(a.url, reviewer.token).approve(slug, "p-one", "en", saved.body!.version as number)).status).toBe(200);
  const approvedAt = Date.now();

  await page.goto(`${b.url}${readerPath(slug)}`);
  await expect(page.locator('[data-paragraph="p-one"] > .cell[lang="en"]')).toHaveAttribute("data-status", "approved");

  // Through the front: from its cache, already the approved page (instance A refreshed it).
  await expect
    .poll(async () => cellStatus((await throughFront(readerPath(slug))).html, "p-one", "en"), { timeout: 1_000, intervals: [50] })
    .toBe("approved");
  expect(Date.now() - approvedAt).toBeLessThan(1_000);
  expect((await throughFront(readerPath(slug))).cache).toBe("HIT");
  await page.goto(`${cluster.front.url}${readerPath(slug)}?cols=en,fr`);
  await expect(page.locator('[data-paragraph="p-one"] > .cell[lang="en"]')).toHaveAttribute("data-status", "approved");
});

test("the front keeps the reader's page between changes and revalidates it; it never keeps a signed-in page", async () => {
  const { slug } = await createTestReport(cluster.db);
  await throughFront(readerPath(slug));
  const hit = await throughFront(readerPath(slug));
  expect(hit).toMatchObject({ status: 200, cache: "HIT" });
  expect(hit.cacheControl).toContain("public");
  // After its second of freshness, the front asks with If-None-Match; nothing changed, so
  // the app answers 304 and the front keeps its copy.
  await expect.poll(async () => (await throughFront(readerPath(slug))).cache, { timeout: 5_000, intervals: [200] }).toBe("REVALIDATED");

  const signedIn = { cookie: "better-auth.session_token=someone" };
  for (let i = 0; i < 2; i += 1) {
    const answer = await throughFront(readerPath(slug), signedIn);
    expect(answer.cache).toBe("BYPASS");
    expect(answer.cacheControl).toContain("private");
  }
  // Pages that are not the reader's are the app's to answer every time.
  for (const pathname of ["/en", "/en/sign-in"]) {
    for (let i = 0; i < 2; i += 1) expect((await throughFront(pathname)).cache).toBe("MISS");
  }
});

test("sessions, server actions, tokens, the sign-in throttle and presence hold across instances", async ({ page, context }) => {
  // the throttle's slowdown alone is several seconds
  test.setTimeout(120_000);
  const [a, b] = cluster.instances;
  // The sign-in page from instance A, its server action run by instance B.
  // (Fetched from the instance as the front would, and handed to the page as the front's
  // answer, so that the page's origin and policy stay the front's.)
  const frontHost = new URL(cluster.front.url).host;
  await page.route(`${cluster.front.url}/**`, async (route) => {
    const target = route.request().method() === "POST" ? b : a;
    const url = route.request().url().replace(cluster.front.url, target.url);
    const headers = { ...(await route.request().allHeaders()), "x-forwarded-host": frontHost };
    const response = await route.fetch({ url, headers, maxRedirects: 0 });
    // A request the page gave up meanwhile (a prefetch cut short by the navigation) is gone.
    await route.fulfill({ response }).catch((error: Error) => {
      if (!/already handled/.test(error.message)) throw error;
    });
  });
  await page.goto(`${cluster.front.url}/en/sign-in?next=/en/account`);
  await submitSignIn(page, { email: DEMO_ACCOUNTS.enTranslator.email, password: DEMO_PASSWORD });
  await expect(page).toHaveURL(/\/en\/account$/);
  await expect(page.getByRole("main")).toContainText(DEMO_ACCOUNTS.enTranslator.name);
  // Requests still in flight (prefetches) are left to finish on their own.
  await page.unrouteAll({ behavior: "ignoreErrors" });

  // The one session cookie, on either instance.
  for (const instance of [a, b]) {
    const me = await context.request.get(`${instance.url}/api/me`);
    expect(me.status()).toBe(200);
    expect(JSON.stringify(await me.json())).toContain(DEMO_ACCOUNTS.enTranslator.email);
  }

  // A token made through one instance's database works on the other.
  const { slug } = await createTestReport(cluster.db);
  const irina = await translatorWithToken(cluster.db);
  const james = await translatorWithToken(cluster.db);
  expect((await api(b.url, irina.token).save(slug, "p-one", "en", "Saved through B.", 0)).status).toBe(200);

  // Presence: Irina opens a paragraph through A; James, through B, sees her there.
  const beat = (base: string, token: string, paragraphKey: string | null) =>
    fetch(`${base}/en/translate/${slug}/en/presence`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ paragraphKey }),
    }).then(async (response) => ({ status: response.status, body: await response.json() }));
  expect((await beat(a.url, irina.token, "p-one")).status).toBe(200);
  const seen = await beat(b.url, james.token, "p-quote");
  expect(seen.status).toBe(200);
  expect(JSON.stringify(seen.body.editors)).toContain(irina.actor.name);

  // The sign-in throttle: failures through A lock the same address out of B.
  const owner = await createTestUser(cluster.db);
  const signIn = (base: string, password: string) =>
    fetch(`${base}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: cluster.front.url },
      body: JSON.stringify({ email: owner.email, password }),
    }).then((response) => response.status);
  for (let i = 0; i < 5; i += 1) expect(await signIn(a.url, "not-the-password")).not.toBe(200);
  expect(await signIn(b.url, owner.password)).toBe(429);
});

test("kill -9 of one instance during a burst of saves: every save answered 200 is in the database, and the front sends everyone to the other", async ({ page }) => {
  test.setTimeout(120_000);
  const paragraphs = Array.from({ length: 10 }, (_, index) => `p-${index + 1}`);
  const mdx = `---\ntitle: "Rafale"\ndate: "2022-01"\noutlet: France 24\noriginalLanguage: fr\n---\n\n${paragraphs
    .map((key, index) => `<Paragraph id="${key}">\nParagraphe numéro ${index + 1}.\n</Paragraph>\n`)
    .join("\n")}`;
  const { slug } = await createTestReport(cluster.db, { mdx });
  const translators = await Promise.all(paragraphs.map(() => translatorWithToken(cluster.db)));
  const answered: { paragraph: string; version: number; text: string; afterKill: boolean }[] = [];
  const failures: number[] = [];
  let killed = false;
  const SAVES_AFTER_KILL = 3;

  // Each translator saves again and again; after the kill, until three more saves of theirs
  // have gone through (to the other instance, as the front decides).
  const burst = paragraphs.map(async (paragraph, index) => {
    const client = api(cluster.front.url, translators[index].token);
    let version = 0;
    let afterKill = 0;
    for (let n = 0; afterKill < SAVES_AFTER_KILL; n += 1) {
      const text = `Paragraph ${index + 1}, draft ${n}.`;
      const result = await client.save(slug, paragraph, "en", text, version).catch(() => ({ status: 0, body: null }));
      if (result.status === 200) {
        version = result.body!.version as number;
        answered.push({ paragraph, version, text, afterKill: killed });
        if (killed) afterKill += 1;
      } else if (result.status === 409) {
        // a save the dead instance committed but never answered: go on from the stored text
        version = result.body!.currentVersion as number;
      } else {
        failures.push(result.status);
      }
    }
  });
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  await cluster.instances[0].kill("SIGKILL");
  killed = true;
  await Promise.all(burst);

  expect(answered.filter((save) => save.afterKill)).toHaveLength(paragraphs.length * SAVES_AFTER_KILL);
  for (const save of answered) {
    const revision = await cluster.db.revision.findFirst({
      where: { version: save.version, translation: { language: "en", paragraph: { key: save.paragraph, report: { slug } } } },
    });
    expect(revision?.text, `${save.paragraph} v${save.version}`).toBe(save.text);
  }
  // Only saves that were in flight on the dead instance can have failed.
  expect(failures.length).toBeLessThanOrEqual(paragraphs.length);

  // Readers through the front: the other instance answers, without an error.
  for (let i = 0; i < 4; i += 1) expect((await fetch(`${cluster.front.url}/en`)).status).toBe(200);
  const reader = await page.goto(`${cluster.front.url}${readerPath(slug)}`);
  expect(reader?.status()).toBe(200);
  await expect(page.locator('[data-paragraph="p-1"]')).toBeVisible();

  await cluster.restartInstance(0);
});

test("PostgreSQL restarted while the app is idle: the next requests succeed, on both instances", async () => {
  test.setTimeout(90_000);
  const { slug } = await createTestReport(cluster.db);
  const translator = await translatorWithToken(cluster.db);
  // Both instances have pooled connections to the server that goes away.
  for (const instance of cluster.instances) expect((await fetch(`${instance.url}${readerPath(slug)}`)).status).toBe(200);

  await cluster.postgres.restart();

  const statuses: number[] = [];
  for (const [index, instance] of cluster.instances.entries()) {
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${instance.url}${readerPath(slug)}`)).status);
    statuses.push((await fetch(`${instance.url}/en`)).status);
    statuses.push((await api(instance.url, translator.token).save(slug, "p-one", "en", `Saved after the restart, ${index}.`, index)).status);
  }
  expect(statuses).toEqual(statuses.map(() => 200));
});

test("50 saves of one paragraph at one version through the front, on PostgreSQL: exactly 1 accepted, 49 refused with the current text", async () => {
  const { slug } = await createTestReport(cluster.db);
  const translators = await Promise.all(Array.from({ length: 5 }, () => translatorWithToken(cluster.db)));
  const results = await Promise.all(
    Array.from({ length: 50 }, (_, index) => api(cluster.front.url, translators[index % 5].token).save(slug, "p-one", "en", `Variant ${index}.`, 0)),
  );
  const accepted = results.filter((result) => result.status === 200);
  const refused = results.filter((result) => result.status === 409);
  expect(accepted).toHaveLength(1);
  expect(refused).toHaveLength(49);
  const revisions = await cluster.db.revision.findMany({ where: { translation: { paragraph: { report: { slug } } } } });
  expect(revisions).toHaveLength(1);
  for (const refusal of refused) expect(refusal.body).toMatchObject({ error: "conflict", currentVersion: 1, currentText: revisions[0].text });
});
