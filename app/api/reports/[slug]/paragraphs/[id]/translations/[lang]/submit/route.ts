import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { submitBodySchema, type SubmitBody, type TranslationParams } from "@/lib/http/api-schemas";
import { revalidateReader } from "@/lib/reports/revalidate-reader";
import { submitTranslation } from "@/lib/translations/submit-translation";

export const POST = apiRoute<TranslationParams, SubmitBody>(async ({ params, body, actor }) => {
  const submitted = await submitTranslation(db, {
    slug: params.slug,
    paragraphKey: params.id,
    language: params.lang,
    actor,
    version: body.version,
    overrides: body.overrides,
  });
  revalidateReader(params.slug);
  return submitted;
}, submitBodySchema);
