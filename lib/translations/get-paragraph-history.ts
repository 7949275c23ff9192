import type { Db } from "@/lib/db/client";
import { authorize, canWorkOn, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { findTranslationTarget, type TargetRef } from "./find-target";

export type HistoryRevision = {
  version: number;
  text: string;
  sourceHash: string;
  author: { id: string; name: string };
  textAuthor: { id: string; name: string }; // who wrote the words: differs from author for a restore
  createdAt: Date;
  restoredFromVersion: number | null;
  translatorNote: string | null; // marked in the history, brought back by a restore
  ownWords: { quoteKey: string; note: string }[];
};

export type HistoryEvent = {
  action: string;
  fromState: string;
  toState: string;
  version: number;
  comment: string | null;
  actor: { id: string; name: string } | null;
  createdAt: Date;
};

export type ParagraphHistory = {
  translation: { state: string; version: number; approvedVersion: number | null; approvedSourceHash: string | null };
  source: { key: string; kind: string; text: string; hash: string; versions: { hash: string; text: string; syncedAt: Date }[] };
  revisions: HistoryRevision[]; // newest first
  events: HistoryEvent[]; // newest first: every state change, decisions included
};

// Everything that happened to one paragraph in one language, for translators and reviewers.
export async function getParagraphHistory(db: Db, options: TargetRef & { actor: Actor | null }): Promise<ParagraphHistory> {
  requireActor(options.actor);
  return db.$transaction(async (tx) => {
    const { paragraph, language, translation } = await findTranslationTarget(tx, options);
    authorize(options.actor, (who) => canWorkOn(who, language), `see the ${language} history`);
    // No translation row yet (a read never makes one): nothing has happened to it.
    const translationId = translation?.id ?? "";
    const [revisions, events, versions, approved] = await Promise.all([
      tx.revision.findMany({
        where: { translationId },
        orderBy: { version: "desc" },
        include: { author: { select: { id: true, name: true } }, textAuthor: { select: { id: true, name: true } }, quoteOrigins: true },
      }),
      tx.workflowEvent.findMany({
        where: { translationId },
        orderBy: { createdAt: "desc" },
        include: { actor: { select: { id: true, name: true } } },
      }),
      tx.sourceVersion.findMany({ where: { paragraphId: paragraph.id }, orderBy: { syncedAt: "desc" } }),
      translation?.approvedRevisionId ? tx.revision.findUnique({ where: { id: translation.approvedRevisionId }, select: { version: true } }) : null,
    ]);
    return {
      translation: {
        state: translation?.state ?? "missing",
        version: translation?.version ?? 0,
        approvedVersion: approved?.version ?? null,
        approvedSourceHash: translation?.approvedSourceHash ?? null,
      },
      source: { key: paragraph.key, kind: paragraph.kind, text: paragraph.text, hash: paragraph.hash, versions: versions.map(({ hash, text, syncedAt }) => ({ hash, text, syncedAt })) },
      revisions: revisions.map((revision) => ({
        version: revision.version,
        text: revision.text,
        sourceHash: revision.sourceHash,
        author: revision.author,
        textAuthor: revision.textAuthor,
        createdAt: revision.createdAt,
        restoredFromVersion: revision.restoredFromVersion,
        translatorNote: revision.translatorNote,
        ownWords: revision.quoteOrigins.map(({ quoteKey, note }) => ({ quoteKey, note })),
      })),
      events: events.map((event) => ({
        action: event.action,
        fromState: event.fromState,
        toState: event.toState,
        version: event.version,
        comment: event.comment,
        actor: event.actor,
        createdAt: event.createdAt,
      })),
    };
  });
}
