import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { actorForToken } from "@/lib/auth/access-tokens";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { describeSavedChecks } from "@/lib/checks/saved-checks";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { saveTranslation } from "./save-translation";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

// Prisma 6 compiles every ORM query on the server's one thread, so they are most of what a save
// costs (npm run bench, saves): every statement on this path is raw SQL (about a tenth of the
// cost), and on PostgreSQL each is a round trip, so reads are joined into as few as they can be.
// This pins it: a new query on this path is a choice to make, not an accident.
describe("what an API save costs", () => {
  it("is one raw read for the token, its owner and roles, one raw read and the writes in the transaction (four statements and the write-lock claim on SQLite, one on PostgreSQL), then one raw read for the checks", async () => {
    const { slug } = await createTestReport(test.db);
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const { token } = await createAccessToken(test.db, { actor: irina, name: "bench" });
    const queries: string[] = [];
    const counted = test.db.$extends({
      query: {
        async $allOperations({ model, operation, args, query }) {
          queries.push(`${model ?? ""}.${operation}`);
          return query(args);
        },
      },
    }) as unknown as typeof test.db;
    // what the API's PUT does (app/api/…/translations/[lang]/route.ts): the save, then its checks
    const save = async (text: string, baseVersion: number) => {
      const saved = await saveTranslation(counted, { slug, paragraphKey: "p-quote", language: "ru", actor: await actorForToken(counted, token), text, baseVersion, quoteOrigins: [{ quoteKey: "q-one", note: "Интервью" }] });
      return { ...saved, checks: await describeSavedChecks(counted, saved.saved, "en") };
    };
    const text = (word: string) => `«<q id="q-one">Я пришла сюда</q>», — ${word}. «<q id="q-two">Это была война</q>».`;
    await save(text("первая"), 0);

    queries.length = 0;
    expect(await save(text("вторая"), 1)).toMatchObject({ version: 2, isUnchanged: false, checks: expect.any(Array) });
    const claim = test.provider === "sqlite" ? [".$executeRaw"] : [];
    // the paragraph, its quotations, the translation row and its latest revision (find-target.ts)
    const reads = [".$queryRaw"];
    // the version guard, the revision, its quotation origin, the audit event (save-translations.ts):
    // one statement on PostgreSQL, where each is a round trip
    const writes = test.provider === "sqlite" ? [".$executeRaw", ".$executeRaw", ".$executeRaw", ".$executeRaw"] : [".$queryRaw"];
    // the report's translations and dismissals with the stamps of the glossary and the memory,
    // whose copies are kept while those did not change (load-check-context.ts)
    const checks = [".$queryRaw"];
    expect(queries).toEqual([".$queryRaw", ...claim, ...reads, ...writes, ...checks]);
  });
});
