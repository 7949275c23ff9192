import type { Db, Tx } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { authorize, canEditTranslation, requireActor } from "@/lib/permissions";
import type { TargetLanguage } from "@/lib/languages";
import type { Actor } from "@/lib/users/actor";
import { asTranslationState, nextState, type TranslationState } from "@/lib/workflow/states";
import { findWritableTarget, type TargetRef } from "./find-target";
import { BatchMovedError, saveTranslationsIn } from "./save-translations";
import { checkTranslationText, MAX_ORIGIN_NOTE_LENGTH, MAX_TRANSLATOR_NOTE_LENGTH } from "./validate-text";
import { writeTransaction } from "@/lib/db/write-transaction";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { readOverrides, type OverrideInput } from "@/lib/checks/overrides";
import { savedMemoryShare } from "@/lib/memory/saved-memory-share";

export type QuoteOriginInput = { quoteKey: string; note: string };

export type SaveTranslationOptions = TargetRef & {
  actor: Actor | null;
  text: string;
  baseVersion: number;
  quoteOrigins?: QuoteOriginInput[];
  // a restore: the revision brought back, and who wrote its words (kept for four eyes)
  restoredFrom?: { version: number; textAuthorId: string };
  // error checks the translator overrides, with a reason (lib/checks/overrides.ts), kept on the revision
  checkOverrides?: OverrideInput[];
  // the translator's note readers see beside the paragraph, reviewed with the text; undefined
  // keeps the latest revision's note (an editor that does not show notes loses none), null removes it
  translatorNote?: string | null;
  // texts the editor inserted from the translation memory: the revision records how much of its
  // text came from them unchanged (lib/memory/saved-memory-share.ts)
  memoryInserted?: string[];
};

export type SaveTranslationResult = {
  version: number;
  state: TranslationState;
  isUnchanged: boolean;
  memoryShare?: number | null; // of the revision this save made (lib/memory/saved-memory-share.ts)
  // what the server's checks of this save look at (lib/checks/saved-checks.ts), as the save
  // read and wrote it, so they need not read it again
  saved: SavedRevision;
};

export type SavedRevision = {
  paragraph: { id: string; reportId: string; key: string; text: string; hash: string; quotes: { key: string; speakerName: string | null; isClosed: boolean }[] };
  language: TargetLanguage;
  revision: { text: string; sourceHash: string };
};

// Saving always makes a new revision named after the version it was based on; if someone
// saved in between, the save is refused with what they saved, and nothing is written.
export async function saveTranslation(db: Db, options: SaveTranslationOptions): Promise<SaveTranslationResult> {
  requireActor(options.actor);
  return writeTransaction(db, (tx) => saveTranslationIn(tx, options));
}

// The same save inside a write transaction that is already open (lib/db/write-transaction.ts):
// an XLIFF import (lib/exchange/import-xliff.ts) saves all its units in one transaction.
export async function saveTranslationIn(tx: Tx, options: SaveTranslationOptions): Promise<SaveTranslationResult> {
  const { paragraph, language, translation, latest } = await findWritableTarget(tx, options);
  const actor = authorize(options.actor, (who) => canEditTranslation(who, language), `translate into ${language}`);

  const sourceKeys = paragraph.quotes.map((quote) => quote.key);
  const { problems } = checkTranslationText(options.text, sourceKeys);
  const origins = options.quoteOrigins ?? [];
  const marked = new Set<string>();
  for (const origin of origins) {
    if (!sourceKeys.includes(origin.quoteKey)) problems.push({ code: "quote-unknown", quote: origin.quoteKey });
    else if (marked.has(origin.quoteKey)) problems.push({ code: "quote-duplicated", quote: origin.quoteKey });
    marked.add(origin.quoteKey);
    problems.push(...plainTextProblems(origin.note, { isMultiline: true }));
  }
  const givenNote = typeof options.translatorNote === "string" ? options.translatorNote.trim() : options.translatorNote;
  if (givenNote) problems.push(...plainTextProblems(givenNote, { isMultiline: true }));
  if (problems.length > 0) throw new DomainError("invalid", "The translation cannot be saved", { problems });
  if (givenNote && givenNote.length > MAX_TRANSLATOR_NOTE_LENGTH) {
    throw new DomainError("invalid", "The translator's note is too long", {
      problems: [{ code: "too-long", length: givenNote.length, max: MAX_TRANSLATOR_NOTE_LENGTH }],
    });
  }
  const overrides = readOverrides(options.checkOverrides ?? []);
  const badNote = origins.find((origin) => isBlank(origin.note) || origin.note.length > MAX_ORIGIN_NOTE_LENGTH);
  if (badNote) {
    throw new DomainError("invalid", "A quotation marked as the speaker's own words needs a note on its source", {
      problems: [{ code: "origin-note", quote: badNote.quoteKey, max: MAX_ORIGIN_NOTE_LENGTH }],
    });
  }

  if (translation.version !== options.baseVersion) {
    const current = await latestRevision(tx, translation.id, translation.version);
    throw saveConflict("Someone saved this paragraph after the version you started from", translation.version, current);
  }

  const from = asTranslationState(translation.state);
  // the target's read brought the latest revision (find-target.ts); its quotation origins are
  // read only when the text and note are the same, to tell an unchanged save from a new one
  const current = latest && translation.version ? latest : null;
  const translatorNote = givenNote === undefined ? (current?.translatorNote ?? null) : givenNote || null;
  const isSameNote = (current?.translatorNote ?? null) === translatorNote;
  if (current && current.text === options.text && isSameNote && !options.restoredFrom && sameOrigins(await originsOf(tx, current.id), origins)) {
    return { version: translation.version, state: from, isUnchanged: true, saved: { paragraph, language, revision: { text: current.text, sourceHash: current.sourceHash } } };
  }

  const to = nextState(from, "save");
  const version = translation.version + 1;
  const memoryShare = await savedMemoryShare(tx, { text: options.text, inserted: options.memoryInserted ?? [], language });
  // Written where every save is written (save-translations.ts): the version guard (UPDATE …
  // WHERE version = …, so a concurrent save loses cleanly instead of writing twice), then the
  // revision and its audit row.
  try {
    await saveTranslationsIn(tx, {
      actor,
      language,
      saves: [
        {
          paragraphId: paragraph.id,
          paragraphHash: paragraph.hash,
          translation,
          text: options.text,
          quoteOrigins: origins,
          translatorNote,
          restoredFrom: options.restoredFrom,
          checkOverrides: overrides.length > 0 ? JSON.stringify(overrides) : null,
          memoryShare,
        },
      ],
    });
  } catch (error) {
    if (!(error instanceof BatchMovedError)) throw error;
    // A save committed since this transaction read the row (PostgreSQL: the guard waited for
    // it, then matched nothing). Refused like any stale save, with what is there now; the
    // transaction rolls back, so nothing of this save is written.
    const now = await tx.translation.findUniqueOrThrow({ where: { id: translation.id } });
    throw saveConflict("Someone saved this paragraph at the same time", now.version, await latestRevision(tx, now.id, now.version));
  }
  return { version, state: to, isUnchanged: false, memoryShare, saved: { paragraph, language, revision: { text: options.text, sourceHash: paragraph.hash } } };
}

// What the unchanged check compares beyond text and note; the author is read only for a
// conflict (latestRevision). Raw SQL, as in find-target.ts.
async function originsOf(tx: Tx, revisionId: string): Promise<{ quoteKey: string; note: string }[]> {
  return tx.$queryRaw<{ quoteKey: string; note: string }[]>`SELECT "quoteKey", "note" FROM "RevisionQuoteOrigin" WHERE "revisionId" = ${revisionId}`;
}

async function latestRevision(tx: Tx, translationId: string, version: number) {
  if (!version) return null;
  return tx.revision.findUnique({
    where: { translationId_version: { translationId, version } },
    include: { author: { select: { name: true } }, quoteOrigins: true },
  });
}

function saveConflict(message: string, version: number, current: Awaited<ReturnType<typeof latestRevision>>): DomainError {
  return new DomainError("conflict", message, {
    currentVersion: version,
    currentText: current?.text ?? "",
    currentAuthor: current?.author.name ?? null,
    currentSavedAt: current?.createdAt.toISOString() ?? null,
    currentQuoteOrigins: current?.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note })) ?? [],
  });
}

function sameOrigins(before: { quoteKey: string; note: string }[], after: QuoteOriginInput[]): boolean {
  const key = (list: { quoteKey: string; note: string }[]) =>
    list.map(({ quoteKey, note }) => `${quoteKey}\u0000${note.trim()}`).sort().join("\u0001");
  return key(before) === key(after);
}
