import crypto from "node:crypto";
import type { Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TargetLanguage } from "@/lib/languages";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, nextState } from "@/lib/workflow/states";
import { isPostgres } from "@/lib/db/write-transaction";
import type { QuoteOriginInput } from "./save-translation";

// One save of a batch, judged beforehand (lib/exchange/classify-units.ts reads and checks every
// unit as saveTranslationIn checks one: text, quotations, speaker's own words, unchanged) against
// the translation as it was then: its version and state are what the write re-checks.
export type BatchSave = {
  paragraphId: string;
  paragraphHash: string; // the source wording the revision is made against
  translation: { id: string; version: number; state: string } | null; // null: no row yet (version 0)
  text: string;
  quoteOrigins: QuoteOriginInput[];
  translatorNote: string | null; // the latest revision's, kept (as a save that does not send one)
  // a restore (lib/translations/restore-revision.ts): the version brought back and who wrote its
  // words (kept for four eyes); the audit event is then a "restore"
  restoredFrom?: { version: number; textAuthorId: string };
  checkOverrides?: string | null; // JSON, lib/checks/overrides.ts
  memoryShare?: number | null; // lib/memory/saved-memory-share.ts
};

// A unit's translation moved (a save, a submission) between the judgement and the write: the
// batch wrote nothing (the transaction rolls back), and the caller judges again.
export class BatchMovedError extends Error {
  constructor() {
    super("A translation of the batch changed since it was judged");
  }
}

// Rows per statement: under SQLite's and PostgreSQL's limits of bound parameters.
const CHUNK = 300;

// The one place a save is written, for one paragraph (saveTranslationIn, after its checks) or many
// (an XLIFF import), in the write transaction the caller opened (lib/db/write-transaction.ts):
// each a new revision (version + 1, by the actor, its note kept),
// the state the workflow gives a save, and its audit event; written in bulk, a few statements per
// few hundred saves instead of one query each. The version guard is one UPDATE per chunk on
// (id, version, state) as judged: fewer rows than asked means another writer got there first, and
// BatchMovedError rolls the whole batch back. Returns each save's new version, in order.
export async function saveTranslationsIn(tx: Tx, options: { actor: Actor; language: TargetLanguage; saves: readonly BatchSave[] }): Promise<number[]> {
  const { actor, language, saves } = options;
  const to = saves.map((save) => nextState(asTranslationState(save.translation?.state ?? "missing"), "save"));
  const now = new Date();
  const targets = saves.map((save, index) => ({
    id: save.translation?.id ?? crypto.randomUUID(),
    version: save.translation?.version ?? 0,
    state: save.translation?.state ?? "missing",
    to: to[index],
    revisionId: crypto.randomUUID(),
    save,
  }));
  // Raw multi-row statements: Prisma's createMany costs about three times as much per row, and
  // each ORM query is compiled on the server's one thread (see find-target.ts). Ids are UUIDs.
  const missing = targets.filter((target) => !target.save.translation);
  for (const chunk of chunks(missing)) {
    // a racing writer that made one of these rows makes a unique violation: retried whole
    const rows = chunk.map((target) => Prisma.sql`(${target.id}, ${target.save.paragraphId}, ${language}, 'missing', 0, ${now}, ${now})`);
    await tx.$executeRaw`INSERT INTO "Translation" ("id", "paragraphId", "language", "state", "version", "createdAt", "updatedAt") VALUES ${Prisma.join(rows)}`;
  }
  if (isPostgres(tx)) {
    for (const state of new Set(to)) {
      for (const chunk of chunks(targets.filter((target) => target.to === state))) await writeAtOnce(tx, { actor, state, now, chunk });
    }
    return targets.map((target) => target.version + 1);
  }
  for (const state of new Set(to)) {
    for (const chunk of chunks(targets.filter((target) => target.to === state))) {
      const guards = chunk.map((target) => Prisma.sql`("id" = ${target.id} AND "version" = ${target.version} AND "state" = ${target.state})`);
      const count = await tx.$executeRaw`
        UPDATE "Translation" SET "version" = "version" + 1, "state" = ${state}, "updatedAt" = ${now} WHERE ${Prisma.join(guards, " OR ")}`;
      if (count !== chunk.length) throw new BatchMovedError();
    }
  }
  for (const chunk of chunks(targets)) {
    const rows = chunk.map(
      ({ revisionId, id, version, save }) =>
        Prisma.sql`(${revisionId}, ${id}, ${version + 1}, ${save.text}, ${save.paragraphHash}, ${actor.id}, ${save.restoredFrom?.textAuthorId ?? actor.id}, ${save.restoredFrom?.version ?? null}, ${save.checkOverrides ?? null}, ${save.memoryShare ?? null}, ${save.translatorNote}, ${now})`,
    );
    await tx.$executeRaw`
      INSERT INTO "Revision" ("id", "translationId", "version", "text", "sourceHash", "authorId", "textAuthorId", "restoredFromVersion", "checkOverrides", "memoryShare", "translatorNote", "createdAt")
      VALUES ${Prisma.join(rows)}`;
  }
  const origins = targets.flatMap(({ revisionId, save }) => save.quoteOrigins.map(({ quoteKey, note }) => Prisma.sql`(${crypto.randomUUID()}, ${revisionId}, ${quoteKey}, ${note.trim()})`));
  for (const chunk of chunks(origins)) await tx.$executeRaw`INSERT INTO "RevisionQuoteOrigin" ("id", "revisionId", "quoteKey", "note") VALUES ${Prisma.join(chunk)}`;
  for (const chunk of chunks(targets)) {
    const rows = chunk.map(({ id, state, to: next, version, save }) => {
      const [action, comment] = save.restoredFrom ? ["restore", `v${save.restoredFrom.version}`] : ["save", null];
      return Prisma.sql`(${crypto.randomUUID()}, ${id}, ${actor.id}, ${action}, ${state}, ${next}, ${version + 1}, ${comment}, ${now})`;
    });
    await tx.$executeRaw`INSERT INTO "WorkflowEvent" ("id", "translationId", "actorId", "action", "fromState", "toState", "version", "comment", "createdAt") VALUES ${Prisma.join(rows)}`;
  }
  return targets.map((target) => target.version + 1);
}

type Target = { id: string; version: number; state: string; to: string; revisionId: string; save: BatchSave };

// PostgreSQL: the guard and every row of a chunk in one statement, since each statement is a
// round trip there (npm run bench, saves). The UPDATE's RETURNING says how many guards matched,
// and the rows are inserted only when all did (the same judgement as the statements above, in
// one); fewer means another writer got there first: nothing inserted, and BatchMovedError rolls
// back the guards that did match. VALUES in a SELECT do not take their types from the columns,
// hence the casts of the non-text ones. The inserted rows' foreign keys are checked at the end of
// the statement, when the revisions are there.
async function writeAtOnce(tx: Tx, options: { actor: Actor; state: string; now: Date; chunk: Target[] }): Promise<void> {
  const { actor, state, now, chunk } = options;
  const guards = chunk.map((target) => Prisma.sql`("id" = ${target.id} AND "version" = ${target.version} AND "state" = ${target.state})`);
  const revisions = chunk.map(
    ({ revisionId, id, version, save }) =>
      Prisma.sql`(${revisionId}, ${id}, ${version + 1}::integer, ${save.text}, ${save.paragraphHash}, ${actor.id}, ${save.restoredFrom?.textAuthorId ?? actor.id}, ${save.restoredFrom?.version ?? null}::integer, ${save.checkOverrides ?? null}, ${save.memoryShare ?? null}::double precision, ${save.translatorNote}, ${now}::timestamp(3))`,
  );
  const origins = chunk.flatMap(({ revisionId, save }) => save.quoteOrigins.map(({ quoteKey, note }) => Prisma.sql`(${crypto.randomUUID()}, ${revisionId}, ${quoteKey}, ${note.trim()})`));
  const events = chunk.map(({ id, state: from, to: next, version, save }) => {
    const [action, comment] = save.restoredFrom ? ["restore", `v${save.restoredFrom.version}`] : ["save", null];
    return Prisma.sql`(${crypto.randomUUID()}, ${id}, ${actor.id}, ${action}, ${from}, ${next}, ${version + 1}::integer, ${comment}, ${now}::timestamp(3))`;
  });
  const ifComplete = Prisma.sql`WHERE (SELECT "isComplete" FROM "complete")`;
  const inserts = [
    Prisma.sql`"revisions" AS (
      INSERT INTO "Revision" ("id", "translationId", "version", "text", "sourceHash", "authorId", "textAuthorId", "restoredFromVersion", "checkOverrides", "memoryShare", "translatorNote", "createdAt")
      SELECT * FROM (VALUES ${Prisma.join(revisions)}) AS "row" ${ifComplete})`,
    ...(origins.length > 0
      ? [Prisma.sql`"origins" AS (INSERT INTO "RevisionQuoteOrigin" ("id", "revisionId", "quoteKey", "note") SELECT * FROM (VALUES ${Prisma.join(origins)}) AS "row" ${ifComplete})`]
      : []),
    Prisma.sql`"events" AS (
      INSERT INTO "WorkflowEvent" ("id", "translationId", "actorId", "action", "fromState", "toState", "version", "comment", "createdAt")
      SELECT * FROM (VALUES ${Prisma.join(events)}) AS "row" ${ifComplete})`,
  ];
  const [{ moved }] = await tx.$queryRaw<{ moved: number | bigint }[]>`
    WITH "moved" AS (
      UPDATE "Translation" SET "version" = "version" + 1, "state" = ${state}, "updatedAt" = ${now} WHERE ${Prisma.join(guards, " OR ")} RETURNING "id"
    ), "complete" AS (SELECT COUNT(*) = ${chunk.length} AS "isComplete" FROM "moved"),
    ${Prisma.join(inserts, ", ")}
    SELECT COUNT(*) AS "moved" FROM "moved"`;
  if (Number(moved) !== chunk.length) throw new BatchMovedError();
}

function chunks<T>(items: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += CHUNK) result.push(items.slice(start, start + CHUNK));
  return result;
}
