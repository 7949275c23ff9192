import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { REVIEW_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { reviewBodySchema, type ReviewBody, type TranslationParams } from "@/lib/http/api-schemas";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { decideTranslation } from "@/lib/reviews/decide-translation";

export const POST = apiRoute<TranslationParams, ReviewBody>(async ({ params, body, actor }) => {
  const decided = await decideTranslation(db, {
    slug: params.slug,
    paragraphKey: params.id,
    language: params.lang,
    actor,
    decision: body.decision,
    comment: body.comment,
    version: body.version,
    acknowledgeWarnings: body.acknowledgeWarnings,
  });
  revalidateReader(params.slug);
  return decided;
}, reviewBodySchema, { maxBodyBytes: REVIEW_MAX_BODY_BYTES });
