import { describeSavedChecks } from "@/lib/checks/saved-checks";
import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { SAVE_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { saveBodySchema, type SaveBody, type TranslationParams } from "@/lib/http/api-schemas";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { saveTranslation } from "@/lib/translations/save-translation";

export const PUT = apiRoute<TranslationParams, SaveBody>(async ({ params, body, actor, locale }) => {
  const ref = { slug: params.slug, paragraphKey: params.id, language: params.lang };
  const saved = await saveTranslation(db, {
    ...ref,
    actor,
    text: body.text,
    baseVersion: body.baseVersion,
    quoteOrigins: body.quotes?.map((quote) => ({ quoteKey: quote.id, note: quote.note })),
    checkOverrides: body.overrides,
    memoryInserted: body.memoryInserted,
    translatorNote: body.translatorNote,
  });
  if (!saved.isUnchanged) revalidateReader(params.slug);
  // The server's checks of what is saved now: the result that counts (the editor's are a preview).
  const checks = await describeSavedChecks(db, saved.saved, locale);
  return { version: saved.version, state: saved.state, unchanged: saved.isUnchanged, memoryShare: saved.memoryShare ?? null, checks };
}, saveBodySchema, { maxBodyBytes: SAVE_MAX_BODY_BYTES });
