import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { PERMISSION_MATRIX, type Expected } from "@/lib/testing/permission-matrix";
import { createCast, PERSONAS, prepare, type Cast } from "@/lib/testing/permission-world";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";

let test: TestDb;
let cast: Cast;
beforeAll(async () => {
  test = await createTestDb();
  cast = await createCast(test.db);
});
afterAll(() => test.cleanup());

async function outcome(run: () => Promise<unknown>): Promise<Expected | string> {
  try {
    await run();
    return "ok";
  } catch (error) {
    if (error instanceof DomainError && (error.code === "unauthenticated" || error.code === "forbidden")) return error.code;
    return `unexpected: ${error instanceof Error ? error.message : String(error)}`;
  }
}

// Every domain operation behind a server action or an API route, for every kind of caller.
describe.each(PERMISSION_MATRIX)("$operation", (row) => {
  it.each(PERSONAS.map((persona) => ({ persona, expected: row.expected[persona] })))("$persona → $expected", async ({ persona, expected }) => {
    const actor = persona === "anonymous" ? null : cast[persona];
    const target = await prepare(test.db, cast, row.start, actor);
    expect(await outcome(() => row.run(test.db, actor, target))).toBe(expected);
  });
});
