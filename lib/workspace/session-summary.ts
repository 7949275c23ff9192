import type { Db, Tx } from "@/lib/db/client";
import { countCharacters, countWords } from "./words";

export type SessionSummary = {
  since: Date;
  paragraphsSaved: number;
  revisions: number;
  paragraphsSubmitted: number;
  // words in the latest text the translator saved, over the paragraphs they saved
  words: number;
  // characters of the same texts, without the quotation markup
  characters: number;
};

export type SessionScope = { reportId: string; language: string; userId: string; since: Date };

// What one translator did on one report and language since signing in, read back from the
// revisions and the audit trail, so it survives reloads and shows on any device.
export async function getSessionSummary(db: Db | Tx, scope: SessionScope): Promise<SessionSummary> {
  const translation = { language: scope.language, paragraph: { reportId: scope.reportId } };
  const [revisions, submissions] = await Promise.all([
    db.revision.findMany({
      where: { authorId: scope.userId, createdAt: { gte: scope.since }, translation },
      orderBy: { version: "desc" },
      select: { translationId: true, text: true },
    }),
    db.workflowEvent.findMany({
      where: { actorId: scope.userId, action: "submit", createdAt: { gte: scope.since }, translation },
      select: { translationId: true },
    }),
  ]);
  const latest = new Map<string, string>();
  for (const revision of revisions) if (!latest.has(revision.translationId)) latest.set(revision.translationId, revision.text);
  let words = 0;
  let characters = 0;
  for (const text of latest.values()) {
    words += countWords(text, scope.language);
    characters += countCharacters(text);
  }
  return {
    since: scope.since,
    paragraphsSaved: latest.size,
    revisions: revisions.length,
    paragraphsSubmitted: new Set(submissions.map((event) => event.translationId)).size,
    words,
    characters,
  };
}
