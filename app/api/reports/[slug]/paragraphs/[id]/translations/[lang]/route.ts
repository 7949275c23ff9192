import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { SAVE_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { saveBodySchema, type SaveBody, type TranslationParams } from "@/lib/http/api-schemas";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { saveTranslation } from "@/lib/translations/save-translation";

export const PUT = apiRoute<TranslationParams, SaveBody>(async ({ params, body, actor }) => {
  const saved = await saveTranslation(db, {
    slug: params.slug,
    paragraphKey: params.id,
    language: params.lang,
    actor,
    text: body.text,
    baseVersion: body.baseVersion,
    quoteOrigins: body.quotes?.map((quote) => ({ quoteKey: quote.id, note: quote.note })),
  });
  if (!saved.isUnchanged) revalidateReader(params.slug);
  return { version: saved.version, state: saved.state, unchanged: saved.isUnchanged };
}, saveBodySchema, { maxBodyBytes: SAVE_MAX_BODY_BYTES });
