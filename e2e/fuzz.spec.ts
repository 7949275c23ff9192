import http from "node:http";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { isWellFormed } from "../lib/text/plain-text";
import { saveTranslation } from "../lib/translations/save-translation";
import { submitTranslation } from "../lib/translations/submit-translation";
import { bearer, freshReport, tokenFor } from "./fixtures/api";
import { e2eDb, newUser } from "./fixtures/factories";
import { fromAddress } from "./fixtures/from-address";
import { actionTargets, databaseSnapshot, EVIL_STRINGS, isWrite, payloadsFor, routeTargets, type ActionTarget, type Json, type Payload } from "./fixtures/fuzz";

// Bad input everywhere: every route handler in app/ and every server action in the build,
// fed malformed UTF-8, lone surrogates, NUL, bidi controls, zero-width-only text, huge and
// deep bodies and unknown fields, as a translator and as a reviewer. Nothing answers 5xx and
// nothing is stored. Serial: each test compares the database before and after itself.
test.describe.configure({ mode: "serial" });

const EN_QUOTED = `“<q id="q-one">I came here</q>,” says Dinara. “<q id="q-two">It was a war</q>,” she says.`;
const MAX_ACTION_BYTES = 1024 * 1024; // Next's serverActions.bodySizeLimit default

type Caller = { name: string; client: APIRequestContext; headers: Record<string, string> };
type Failure = { target: string; payload: string; caller: string; status: number; detail: string };

let slug = "";
let userIds: string[] = [];
let callers: Caller[] = [];
const snapshot = () => databaseSnapshot({ slug, userIds });

// The fuzz's own translator and reviewer, signed in through Better Auth as auth.setup.ts
// signs the demo accounts in: nothing another spec does touches their rows or the report.
test.beforeAll(async ({ playwright, baseURL }) => {
  // A paragraph in review at version 1, so that every write reaches its text rules.
  ({ slug } = await freshReport());
  const translator = await newUser({ roles: [{ role: "translator", language: "en" }] });
  const reviewer = await newUser({ roles: [{ role: "reviewer", language: "en" }] });
  userIds = [translator.id, reviewer.id];
  const ref = { slug, paragraphKey: "p-quote", language: "en" };
  await saveTranslation(e2eDb(), { ...ref, actor: translator, text: EN_QUOTED, baseVersion: 0 });
  await submitTranslation(e2eDb(), { ...ref, actor: translator });
  const token = await tokenFor(translator, "fuzz");
  const session = async (user: typeof translator) => {
    const client = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL! } });
    const response = await client.post("/api/auth/sign-in/email", { data: { email: user.email, password: user.password } });
    expect(response.status()).toBe(200);
    return client;
  };
  callers = [
    { name: "translator token", client: await playwright.request.newContext({ baseURL }), headers: bearer(token) },
    { name: "translator session", client: await session(translator), headers: {} },
    { name: "reviewer session", client: await session(reviewer), headers: {} },
  ];
});

const params = () => ({ locale: "en", slug, id: "p-quote", lang: "en", all: "sign-in/email" });

// A valid body per route, mutated by payloadsFor; a route not listed is fuzzed from {}.
function validBody(file: string): Json {
  if (file.endsWith("[lang]/route.ts")) return { text: EN_QUOTED, baseVersion: 1, quotes: [{ id: "q-one", ownWords: true, note: "From the interview" }] };
  if (file.endsWith("/review/route.ts")) return { decision: "request-changes", comment: "Check the names.", version: 1 };
  if (file.endsWith("/submit/route.ts")) return { version: 1 };
  if (file.endsWith("/presence/route.ts")) return { paragraphKey: "p-quote" };
  if (file.endsWith("revalidate/route.ts")) return { slug };
  if (file.includes("/auth/")) return { email: "fuzz-nobody@newsroom.test", password: "not-the-password" };
  return {};
}

function routePayloads(file: string): Payload[] {
  const base = validBody(file);
  const payloads = payloadsFor(base, { huge: file.endsWith("[lang]/route.ts") ? 64 * 1024 * 1024 : 8 * 1024 * 1024 });
  const quotes = (base as { quotes?: Json[] }).quotes;
  if (quotes) payloads.push({ name: "the same quotation twice", body: JSON.stringify({ ...(base as object), quotes: [quotes[0], quotes[0]] }) });
  return payloads;
}

// What a server action gets: every field any action reads, each text field holding `text`.
// No version exists (99), so an action without text (restore, submit) changes nothing either;
// the text rules run before the version is compared.
function actionInput(text: string): Record<string, Json> {
  const parts: Json[] = [
    { kind: "text", text },
    { kind: "quote", id: "q-one", text: "I came here", isOwnWords: true, note: text },
    { kind: "text", text: " says Dinara. " },
    { kind: "quote", id: "q-two", text: "It was a war", isOwnWords: false, note: "" },
  ];
  const texts = ["body", "comment", "name", "email", "password", "currentPassword", "newPassword", "tokenId", "userId", "next"];
  return { locale: "en", slug, language: "en", paragraphKey: "p-quote", baseVersion: 1, version: 99, decision: "request-changes", parts, ...Object.fromEntries(texts.map((key) => [key, text])) };
}

// As React encodes the arguments: a JSON array as text/plain, or a form whose fields come
// before the root row "0" that refers to them.
function asForm(input: Record<string, Json>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(input)) form.append(`_1_${key}`, typeof value === "string" ? value : JSON.stringify(value));
  form.append("0", JSON.stringify([null, "$K1"]));
  return form;
}

// An action answers 200 with its result in the RSC payload: a refusal carries its status.
function actionOutcome(status: number, text: string): { status: number; detail: string } {
  if (status >= 500) return { status, detail: text.slice(0, 200) };
  for (const line of text.split("\n")) {
    if (/^\d+:E/.test(line)) return { status: 500, detail: line.slice(0, 200) };
    const result = /^\d+:(\{.*\})$/.exec(line)?.[1];
    const inner = result ? (JSON.parse(result) as { status?: unknown }).status : undefined;
    if (typeof inner === "number" && inner >= 500) return { status: inner, detail: line.slice(0, 200) };
  }
  return { status, detail: "" };
}

async function inBatches<T>(items: T[], size: number, run: (item: T) => Promise<void>): Promise<void> {
  for (let start = 0; start < items.length; start += size) await Promise.all(items.slice(start, start + size).map(run));
}

// A body with no Content-Length, sent in chunks: only counting while reading can stop it.
function chunked(url: string, method: string, headers: Record<string, string>, bytes: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers: { ...headers, "content-type": "application/json", "transfer-encoding": "chunked" } }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error) => ((error as NodeJS.ErrnoException).code === "ECONNRESET" || (error as NodeJS.ErrnoException).code === "EPIPE" ? resolve(413) : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, " ");
    let sent = 0;
    const write = () => {
      while (sent < bytes) {
        sent += chunk.length;
        if (!request.write(chunk)) return request.once("drain", write);
      }
      request.end("{}");
    };
    write();
  });
}

function report(failures: Failure[]): string {
  return failures.map((failure) => `${failure.target} ${failure.payload} as ${failure.caller}: ${failure.status} ${failure.detail}`).join("\n");
}

const isBetterAuth = (file: string) => file.startsWith("app/api/auth/");
// Failed sign-ins count against the client address: they are sent from an address of their
// own, so that no limit they reach touches another spec's sign-ins.
const SIGN_IN_ADDRESS = "127.0.0.43";

async function encoded(body: string | Buffer | FormData): Promise<{ body: string | Buffer; contentType: string }> {
  if (!(body instanceof FormData)) return { body, contentType: "text/plain;charset=UTF-8" };
  const request = new Request("http://form.invalid", { method: "POST", body });
  return { body: Buffer.from(await request.arrayBuffer()), contentType: request.headers.get("content-type")! };
}

async function fuzzRoutes(baseURL: string, routes: ReturnType<typeof routeTargets>): Promise<Failure[]> {
  const failures: Failure[] = [];
  for (const route of routes) {
    for (const method of route.methods) {
      if (!isWrite(method)) {
        const response = await callers[0].client.fetch(`${route.url}?locale=${encodeURIComponent(EVIL_STRINGS.NUL)}&x=%ED%A0%80`, { method, headers: callers[0].headers });
        if (response.status() >= 500) failures.push({ target: `${method} ${route.url}`, payload: "bad query", caller: callers[0].name, status: response.status(), detail: "" });
        continue;
      }
      for (const caller of callers) {
        await inBatches(routePayloads(route.file), 4, async (payload) => {
          const headers = { ...caller.headers, "content-type": "application/json" };
          const { status, body } = isBetterAuth(route.file)
            ? await fromAddress(SIGN_IN_ADDRESS, baseURL, route.url, { method, headers, body: payload.body })
            : await caller.client.fetch(route.url, { method, data: payload.body, headers }).then(async (response) => ({ status: response.status(), body: await response.text() }));
          if (status >= 500) failures.push({ target: `${method} ${route.url}`, payload: payload.name, caller: caller.name, status, detail: body.slice(0, 200) });
        });
      }
      const status = await chunked(`${baseURL}${route.url}`, method, callers[0].headers, 8 * 1024 * 1024);
      if (status >= 500) failures.push({ target: `${method} ${route.url}`, payload: "8 MB chunked", caller: callers[0].name, status, detail: "" });
    }
  }
  return failures;
}

test("every route handler answers bad input with a 4xx and stores nothing", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const before = snapshot();
  const routes = routeTargets(params());
  expect(routes.map((route) => route.file)).toEqual(expect.arrayContaining(["app/[locale]/translate/[slug]/[lang]/presence/route.ts", "app/api/revalidate/route.ts"]));
  const failures = await fuzzRoutes(baseURL!, routes.filter((route) => !isBetterAuth(route.file)));

  // The revalidation hook compares its secret without throwing, whatever the header holds.
  for (const secret of ["é".repeat(process.env.REVALIDATE_SECRET?.length ?? 43), "\u00ff", ""]) {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.request(`${baseURL}/api/revalidate`, { method: "POST", headers: { "x-revalidate-secret": secret, "content-type": "application/json" } }, (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      });
      request.on("error", reject);
      request.end(JSON.stringify({ slug }));
    });
    if (status !== 403) failures.push({ target: "POST /api/revalidate", payload: `secret ${JSON.stringify(secret.slice(0, 3))}…`, caller: "none", status, detail: "expected 403" });
  }
  expect.soft(failures, report(failures)).toEqual([]);
  expect(snapshot()).toEqual(before);
});

async function sendAction(baseURL: string, action: ActionTarget, caller: Caller, name: string, body: string | Buffer | FormData, failures: Failure[]): Promise<void> {
  const request = await encoded(body);
  const headers = { "next-action": action.id, origin: baseURL, "content-type": request.contentType };
  const isSignIn = /#signIn/.test(action.name);
  const answer = isSignIn
    ? await fromAddress(SIGN_IN_ADDRESS, baseURL, action.url, { method: "POST", headers, body: request.body })
    : await caller.client.fetch(action.url, { method: "POST", headers, data: request.body }).then(async (response) => ({ status: response.status(), body: await response.text() }));
  const outcome = actionOutcome(answer.status, answer.body);
  if (outcome.status >= 500) failures.push({ target: action.name, payload: name, caller: isSignIn ? SIGN_IN_ADDRESS : caller.name, ...outcome });
}

// Bodies React never sends, which Next's own decoder chokes on before any action runs.
const UNDECODABLE = ["not JSON", "JSON null", "100,000 nested arrays"];

test("every server action answers bad input with a 4xx and stores nothing", async ({ baseURL }) => {
  test.setTimeout(90_000);
  const before = snapshot();
  const actions = actionTargets(params());
  expect(actions.map((action) => action.name)).toEqual(expect.arrayContaining(["app/[locale]/translate/[slug]/[lang]/actions.ts#saveParagraph"]));
  const failures: Failure[] = [];
  const generic = payloadsFor([actionInput("ok")]).filter((payload) => !payload.name.includes(" in 0.") && !UNDECODABLE.includes(payload.name));
  for (const action of actions) {
    for (const caller of callers.slice(1)) {
      await inBatches(Object.entries(EVIL_STRINGS), 3, async ([name, evil]) => {
        await sendAction(baseURL!, action, caller, `${name} (JSON)`, JSON.stringify([actionInput(evil)]), failures);
        // A form travels as UTF-8, which cannot carry a lone surrogate (it arrives as U+FFFD, a real character).
        if (isWellFormed(evil)) await sendAction(baseURL!, action, caller, `${name} (form)`, asForm(actionInput(evil)), failures);
      });
      await inBatches(generic, 3, (payload) => sendAction(baseURL!, action, caller, payload.name, payload.body, failures));
    }
  }
  expect.soft(failures, report(failures)).toEqual([]);
  expect(snapshot()).toEqual(before);
});

// Next would answer these with 500 before any of our code runs (React's decodeReply throws):
// the proxy refuses them first (lib/http/server-action-refusal.ts).
test("server action bodies Next cannot decode are refused with a 4xx", async ({ baseURL }) => {
  const failures: Failure[] = [];
  const undecodable = payloadsFor([actionInput("ok")]).filter((payload) => UNDECODABLE.includes(payload.name));
  for (const action of actionTargets(params())) {
    for (const payload of undecodable) await sendAction(baseURL!, action, callers[1], payload.name, payload.body, failures);
  }
  expect(failures, report(failures)).toEqual([]);
});

// Better Auth would answer a lone surrogate in the e-mail with 500: lib/auth/auth-route.ts
// reads bodies by the rules of the rest of /api first.
test("Better Auth's endpoints answer bad input with a 4xx and store nothing", async ({ baseURL }) => {
  const before = snapshot();
  const failures = await fuzzRoutes(baseURL!, routeTargets(params()).filter((route) => isBetterAuth(route.file)));
  expect.soft(failures, report(failures)).toEqual([]);
  expect(snapshot()).toEqual(before);
});

// The proxy's (proxy.ts): refused before Next reads the action, with a 4xx, not Next's 500.
test("a cross-site server action is refused with 403", async () => {
  const [action] = actionTargets(params()).filter((target) => target.name.endsWith("#saveParagraph"));
  const response = await callers[1].client.fetch(action.url, {
    method: "POST",
    headers: { "next-action": action.id, origin: "http://evil.example", "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([actionInput("Cross-site text.")]),
  });
  expect(response.status()).toBe(403);
});

test("a server action body over Next's limit is refused with 413", async ({ baseURL }) => {
  const [action] = actionTargets(params()).filter((target) => target.name.endsWith("#saveParagraph"));
  const response = await callers[1].client.fetch(action.url, {
    method: "POST",
    headers: { "next-action": action.id, origin: baseURL!, "content-type": "text/plain;charset=UTF-8" },
    data: JSON.stringify([actionInput("x".repeat(MAX_ACTION_BYTES + 1))]),
  });
  expect(response.status()).toBe(413);
});
