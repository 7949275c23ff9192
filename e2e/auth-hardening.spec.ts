import { expect, test, type APIRequestContext } from "@playwright/test";
import { newUser } from "./fixtures/factories";
import { signInFrom, submitSignInFormFrom, type Answer } from "./fixtures/from-address";

// The identity findings of the security review, over HTTP against the production server
// (scripts/serve.mjs). Requests that must come from another client address than the rest of
// the suite's use their own loopback address (e2e/fixtures/from-address.ts), so that no lock
// set here reaches another spec; every account is created for its test.
type Credentials = { email: string; password: string };

async function signedIn(request: APIRequestContext, baseURL: string, user: Credentials) {
  const response = await request.post("/api/auth/sign-in/email", { data: user, headers: { origin: baseURL } });
  expect(response.status()).toBe(200);
  return response;
}

// The sign-in form's message (the page's other text and its payload are not the answer).
const alertOf = (answer: Answer) => /<p id="sign-in-error"[^>]*>([^<]*)<\/p>/.exec(answer.body)?.[1];

const unknownAddress = () => `nobody-${crypto.randomUUID().slice(0, 8)}@newsroom.test`;

test("a user cannot rename themself: Better Auth's update-user is closed, and the name stays what the admin set", async ({ request, baseURL }) => {
  const user = await newUser();
  await signedIn(request, baseURL!, user);
  for (const name of ["Claire Morel", "x".repeat(200_000), "Emma\ud800"]) {
    const response = await request.post("/api/auth/update-user", { data: { name }, headers: { origin: baseURL! } });
    expect(response.status()).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not-found" });
  }
  const me = await request.get("/api/me");
  expect(await me.json()).toMatchObject({ user: { name: user.name } });
});

test("a borrowed session cannot guess the password through Better Auth's change-password: it is closed", async ({ request, baseURL }) => {
  const user = await newUser();
  await signedIn(request, baseURL!, user);
  for (const currentPassword of [...Array.from({ length: 12 }, (_, i) => `guess-${i}`), user.password]) {
    const response = await request.post("/api/auth/change-password", { data: { currentPassword, newPassword: "taken-over-password" }, headers: { origin: baseURL! } });
    expect(response.status()).toBe(404);
  }
  await signedIn(request, baseURL!, user);
});

test("sessions are neither listed nor revoked by Better Auth's endpoints, and no answer carries a session token", async ({ request, baseURL }) => {
  const user = await newUser();
  const signIn = await signedIn(request, baseURL!, user);
  const body = await signIn.text();
  expect(JSON.parse(body)).toMatchObject({ user: { email: user.email } });
  expect(body).not.toContain('"token"');
  expect(signIn.headers()["set-cookie"]).toContain("session_token=");

  const session = await request.get("/api/auth/get-session");
  expect(await session.json()).toMatchObject({ user: { email: user.email }, session: { userId: expect.any(String) } });
  expect(JSON.stringify(await session.json())).not.toContain('"token"');

  expect((await request.get("/api/auth/list-sessions")).status()).toBe(404);
  const revoke = await request.post("/api/auth/revoke-session", { data: { token: "someone-elses-token" }, headers: { origin: baseURL! } });
  expect(revoke.status()).toBe(404);
  expect(await revoke.json()).toMatchObject({ error: "not-found" });
});

test("a different X-Forwarded-For on every request does not reset the per-address limit", async ({ baseURL }) => {
  const statuses: number[] = [];
  for (let i = 0; i < 30; i += 1) {
    const answer = await signInFrom("127.0.0.41", baseURL!, { email: unknownAddress(), password: "wrong-password" }, { "x-forwarded-for": `198.51.100.${i + 1}` });
    statuses.push(answer.status);
  }
  expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
  expect(statuses).toContain(429);
});

test("the sign-in page's server action counts against the per-address limit too", async ({ baseURL }) => {
  test.slow(); // the limit's worth of refused sign-ins through the page
  const limit = Number(process.env.SIGN_IN_MAX_FAILURES_PER_ADDRESS ?? 20);
  const wrong = "Wrong e-mail address or password.";
  for (let i = 0; i < limit; i += 1) {
    const answer = await submitSignInFormFrom("127.0.0.42", baseURL!, "en", { email: unknownAddress(), password: "wrong-password" });
    expect(alertOf(answer)).toBe(wrong);
  }
  const refused = await submitSignInFormFrom("127.0.0.42", baseURL!, "en", { email: unknownAddress(), password: "wrong-password" });
  expect(alertOf(refused)).toBe("Too many failed sign-ins for this account. Try again in 15 minutes.");
  // the HTTP endpoint shares the count: it is kept in the database, not in one code path
  expect((await signInFrom("127.0.0.42", baseURL!, { email: unknownAddress(), password: "wrong-password" })).status).toBe(429);
  // another address is not affected
  const other = await submitSignInFormFrom("127.0.0.43", baseURL!, "en", { email: unknownAddress(), password: "wrong-password" });
  expect(alertOf(other)).toBe(wrong);
});

test("an attacker's address locks only itself out of an account: the owner signs in from another address during the attack", async ({ baseURL }) => {
  test.slow(); // the account's failures slow every attempt on it down by design
  const owner = await newUser();
  const attacker = "127.0.0.44";
  for (let attempt = 1; attempt <= 5; attempt += 1) {
    expect((await signInFrom(attacker, baseURL!, { email: owner.email, password: `guess-${attempt}` })).status).toBe(401);
  }
  const locked = await signInFrom(attacker, baseURL!, owner);
  expect(locked.status).toBe(429);
  expect(Number(locked.headers["retry-after"])).toBeGreaterThan(800);

  const ownerIn = await signInFrom("127.0.0.45", baseURL!, owner);
  expect(ownerIn.status).toBe(200);
  expect(ownerIn.headers["set-cookie"]?.join(";")).toContain("session_token=");
  // the attacker stays locked out after the owner's success
  expect((await signInFrom(attacker, baseURL!, owner)).status).toBe(429);
});
