import { expect, test, type APIRequestContext } from "@playwright/test";
import { PERMISSION_MATRIX, type Expected } from "../lib/testing/permission-matrix";
import { createCast, PERSONAS, prepare, type Cast, type Persona } from "../lib/testing/permission-world";
import type { Actor } from "../lib/users/actor";
import { bearer, cookieClient, settle, tokenFor } from "./fixtures/api";
import { demoActor, e2eDb } from "./fixtures/factories";
import type { DemoAccount } from "./fixtures/accounts";

// The permission table (lib/testing/permission-matrix.ts) over HTTP: every API route that
// writes, for every kind of caller, with a personal access token and with the session cookie.
const STATUS: Record<Expected, number> = { ok: 200, unauthenticated: 401, forbidden: 403 };
const DEMO_PERSONA: Record<Exclude<Persona, "anonymous">, DemoAccount> = {
  otherTranslator: "enTranslator",
  translator: "ruTranslator",
  reviewer: "ruReviewer",
  admin: "admin",
};

let cast: Cast;
const tokens = new Map<Persona, string>();
test.beforeAll(async () => {
  cast = await createCast(e2eDb());
  for (const persona of PERSONAS) if (persona !== "anonymous") tokens.set(persona, await tokenFor(cast[persona]));
});

for (const mode of ["token", "cookie"] as const) {
  for (const row of PERMISSION_MATRIX.filter((candidate) => candidate.http)) {
    for (const persona of PERSONAS) {
      const expected = row.expected[persona];
      test(`${mode}: ${row.operation} as ${persona} → ${STATUS[expected]}`, async ({ playwright, request, baseURL }) => {
        const actor: Actor | null = persona === "anonymous" ? null : mode === "token" ? cast[persona] : await demoActor(DEMO_PERSONA[persona]);
        const target = await settle(() => prepare(e2eDb(), cast, row.start, actor));
        let client: APIRequestContext = request;
        let headers: Record<string, string> = {};
        if (persona !== "anonymous" && mode === "token") headers = bearer(tokens.get(persona)!);
        if (persona !== "anonymous" && mode === "cookie") client = await cookieClient(playwright, baseURL!, DEMO_PERSONA[persona]);
        const http = row.http!;
        const response = await client.fetch(http.path(target), { method: http.method, headers, data: http.body(target) });
        expect(response.status(), await response.text()).toBe(STATUS[expected]);
        if (client !== request) await client.dispose();
      });
    }
  }
}
