"use server";

import { z } from "zod";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { describeSavedChecks } from "@/lib/checks/saved-checks";
import { db } from "@/lib/db/client";
import { actionLocale } from "@/lib/http/action-locale";
import { runAction } from "@/lib/http/server-action";
import { QUOTE_ID } from "@/lib/quotes/inline-markup";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { getParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { restoreRevision } from "@/lib/translations/restore-revision";
import { submitTranslation } from "@/lib/translations/submit-translation";
import { saveFromEditor } from "@/lib/workspace/save-from-editor";

// The workspace's server actions: validate, then one domain operation each. The reader
// shows unreviewed text behind a disclosure, so every change to a translation refreshes it.
// Changes answer when they finished (`at`), so the page can tell a stale re-render from news.

const target = z.object({
  locale: z.string(),
  slug: z.string().min(1).max(200),
  language: z.string().min(2).max(8),
  paragraphKey: z.string().min(1).max(200),
});

// Generous caps on the request itself; the domain states the real limits in words.
const part = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("text"), text: z.string().max(50_000) }),
  z.object({ kind: z.literal("quote"), id: z.string().max(200).regex(QUOTE_ID), text: z.string().max(50_000), isOwnWords: z.boolean(), note: z.string().max(5_000) }),
]);

const saveInput = target.extend({
  parts: z.array(part).max(500),
  baseVersion: z.number().int().min(0),
  memoryInserted: z.array(z.string().max(50_000)).max(20).optional(),
  translatorNote: z.string().max(50_000).optional(),
});
const overrides = z.array(z.object({ check: z.string().max(100), reason: z.string().max(5_000) })).max(50);
const submitInput = target.extend({ version: z.number().int().min(0), overrides: overrides.optional() });
const restoreInput = target.extend({ version: z.number().int().min(1), baseVersion: z.number().int().min(0) });
const commentInput = target.extend({ body: z.string().max(50_000) });

export async function saveParagraph(input: z.input<typeof saveInput>) {
  return runAction(saveInput, input, async (actor, { parts, baseVersion, memoryInserted, translatorNote, ...ref }) => {
    const { saved: checked, ...saved } = await saveFromEditor(db, { ...ref, actor, parts, baseVersion, memoryInserted, translatorNote });
    if (!saved.isUnchanged) revalidateReader(ref.slug);
    // the server's checks of what is now saved: the result that counts, as the PUT answers it
    const checks = await describeSavedChecks(db, checked, actionLocale(ref));
    return { ...saved, checks, at: Date.now() };
  });
}

export async function submitParagraph(input: z.input<typeof submitInput>) {
  return runAction(submitInput, input, async (actor, { version, overrides, ...ref }) => {
    const submitted = await submitTranslation(db, { ...ref, actor, version, overrides });
    revalidateReader(ref.slug);
    return { ...submitted, at: Date.now() };
  });
}

export async function restoreParagraphRevision(input: z.input<typeof restoreInput>) {
  return runAction(restoreInput, input, async (actor, { version, baseVersion, ...ref }) => {
    // what the checks would read stays on the server
    const { saved: _checked, ...restored } = await restoreRevision(db, { ...ref, actor, version, baseVersion });
    void _checked;
    revalidateReader(ref.slug);
    return { ...restored, at: Date.now() };
  });
}

export async function loadParagraphHistory(input: z.input<typeof target>) {
  return runAction(target, input, (actor, ref) => getParagraphHistory(db, { ...ref, actor }));
}

export async function loadParagraphComments(input: z.input<typeof target>) {
  return runAction(target, input, (actor, ref) => listComments(db, { ...ref, actor }));
}

export async function postParagraphComment(input: z.input<typeof commentInput>) {
  return runAction(commentInput, input, (actor, { body, ...ref }) => addComment(db, { ...ref, actor, body }));
}
