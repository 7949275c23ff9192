import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { createDatabaseFile } from "@/lib/testing/database-file";

// apiRoute against a real, migrated database: a real token identifies the caller, and the
// handler only records what reached it. Messages are the real ones; only next-intl's
// server entry point, which needs React's server runtime, is replaced by its core translator.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = { en: (await import("@/messages/en.json")).default, fr: (await import("@/messages/fr.json")).default, ru: (await import("@/messages/ru.json")).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: keyof typeof messages; namespace: "Errors" }) =>
      createTranslator({ locale, namespace, messages: messages[locale] }),
  };
});
const database = createDatabaseFile();
process.env.DATABASE_URL = database.url;

const { apiRoute } = await import("./api-route");
const { DEFAULT_MAX_BODY_BYTES, MAX_JSON_DEPTH, SAVE_MAX_BODY_BYTES } = await import("./body-limits");
const { saveBodySchema } = await import("./api-schemas");
const { db } = await import("@/lib/db/client");
const { createAccessToken } = await import("@/lib/auth/create-access-token");
const { createTestUser } = await import("@/lib/testing/fixtures");

let token = "";
const received: unknown[] = [];
const context = { params: Promise.resolve({}) };
const saveRoute = apiRoute(async ({ body }) => {
  received.push(body);
  return { ok: true };
}, saveBodySchema, { maxBodyBytes: SAVE_MAX_BODY_BYTES });
const presenceLike = apiRoute(async ({ body }) => {
  received.push(body);
  return { ok: true };
}, z.strictObject({ paragraphKey: z.string().nullable() }));

beforeAll(async () => {
  const user = await createTestUser(db, { roles: [{ role: "translator", language: "en" }] });
  token = (await createAccessToken(db, { actor: user, name: "unit" })).token;
});
afterAll(async () => {
  await db.$disconnect();
  database.cleanup();
});

function put(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/test", {
    method: "PUT",
    body,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json", "accept-language": "en", ...headers },
    duplex: "half",
  } as RequestInit);
}

// A body that counts how much of it was read, and never ends unless read to the end.
function countingStream(chunk: Uint8Array, chunks: number): { stream: ReadableStream<Uint8Array>; pulled: () => number } {
  let pulled = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulled === chunks) return controller.close();
      pulled++;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => pulled };
}

async function problemsOf(response: Response): Promise<{ error: string; message: string; problems: string[] }> {
  return response.json();
}

describe("apiRoute body limits", () => {
  it("derives the caps from the text limits they must carry", () => {
    expect(SAVE_MAX_BODY_BYTES).toBeGreaterThan(5000 * 6);
    expect(SAVE_MAX_BODY_BYTES).toBeLessThan(256 * 1024);
    expect(DEFAULT_MAX_BODY_BYTES).toBeLessThan(SAVE_MAX_BODY_BYTES);
  });

  it("refuses a body whose Content-Length is over the cap with 413, without reading it", async () => {
    const { stream, pulled } = countingStream(new Uint8Array(1024), 1_000_000);
    const response = await saveRoute(put(stream, { "content-length": String(64 * 1024 * 1024) }), context);
    expect(response.status).toBe(413);
    expect((await problemsOf(response)).error).toBe("too-large");
    expect(pulled()).toBeLessThanOrEqual(1);
    expect(received).toEqual([]);
  });

  it("counts the bytes of a body sent without Content-Length and stops at the cap", async () => {
    const chunk = new TextEncoder().encode(" ".repeat(16 * 1024));
    const { stream, pulled } = countingStream(chunk, 4096); // 64 MB if read to the end
    const response = await saveRoute(put(stream), context);
    expect(response.status).toBe(413);
    const body = await problemsOf(response);
    expect(body.message).toContain(`${Math.floor(SAVE_MAX_BODY_BYTES / 1024)} KB`);
    expect(pulled() * chunk.byteLength).toBeLessThanOrEqual(SAVE_MAX_BODY_BYTES + 2 * chunk.byteLength);
    expect(received).toEqual([]);
  });

  it("answers 413 in the caller's language", async () => {
    const response = await presenceLike(put("x".repeat(DEFAULT_MAX_BODY_BYTES + 1), { "accept-language": "ru" }), context);
    expect(response.status).toBe(413);
    expect((await problemsOf(response)).message).toMatch(/Запрос слишком большой/);
  });

  it("accepts the largest valid save under the cap", async () => {
    const text = "\u0416".repeat(5000);
    const quotes = Array.from({ length: 20 }, (_, index) => ({ id: `q-${index}`.padEnd(100, "x"), ownWords: true as const, note: "\u0416".repeat(500) }));
    // Every character escaped, as Python's json.dumps writes it.
    const escaped = JSON.stringify({ text, baseVersion: 1, quotes }).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
    const response = await saveRoute(put(escaped), context);
    expect(response.status).toBe(200);
    expect(received.pop()).toMatchObject({ text, baseVersion: 1 });
  });
});

describe("apiRoute body validation", () => {
  it("refuses an unknown field with 422 naming it, in the caller's language", async () => {
    const response = await saveRoute(put(JSON.stringify({ text: "Hello", baseVersion: 0, padding: "x".repeat(1000) }), { "accept-language": "fr" }), context);
    expect(response.status).toBe(422);
    expect((await problemsOf(response)).problems).toEqual([expect.stringMatching(/^Champ inconnu\u00a0: padding\./)]);
    const nested = await saveRoute(put(JSON.stringify({ text: "Hello", baseVersion: 0, quotes: [{ id: "q-one", ownWords: true, note: "n", extra: 1 }] })), context);
    expect((await problemsOf(nested)).problems).toEqual([expect.stringMatching(/^Unknown field: quotes\.0\.extra\./)]);
    expect(received).toEqual([]);
  });

  it("refuses malformed UTF-8 with 422 'not valid UTF-8'", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('{"text":"a'), 0xff, 0xfe, ...new TextEncoder().encode('","baseVersion":0}')]);
    const response = await saveRoute(put(bytes), context);
    expect(response.status).toBe(422);
    expect((await problemsOf(response)).problems).toEqual(["The request body is not valid UTF-8."]);
  });

  it("refuses JSON nested deeper than any body of the API, before parsing it", async () => {
    const deep = "[".repeat(100_000) + "]".repeat(100_000);
    const response = await apiRoute(async () => ({}), z.unknown(), { maxBodyBytes: 1024 * 1024 })(put(deep), context);
    expect(response.status).toBe(422);
    expect((await problemsOf(response)).problems).toEqual([`The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels).`]);
  });

  it("refuses a lone surrogate anywhere in the body, naming the field", async () => {
    const response = await presenceLike(put('{"paragraphKey":"x\\ud800y"}'), context);
    expect(response.status).toBe(422);
    expect((await problemsOf(response)).problems).toEqual(["paragraphKey: The text contains a broken character (a lone UTF-16 surrogate)."]);
    expect(received).toEqual([]);
  });

  it("still reads an empty body as {} and passes a valid one through", async () => {
    const response = await presenceLike(put('{"paragraphKey":null}'), context);
    expect(response.status).toBe(200);
    expect(received.pop()).toEqual({ paragraphKey: null });
  });
});
