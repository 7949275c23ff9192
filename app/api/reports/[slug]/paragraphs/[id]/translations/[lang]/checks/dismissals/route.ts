import { dismissCheck } from "@/lib/checks/dismiss-check";
import { describeLatestChecks } from "@/lib/checks/saved-checks";
import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { dismissBodySchema, type DismissBody, type TranslationParams } from "@/lib/http/api-schemas";

// A reviewer marks a warning as a false positive on this paragraph; the answer is the
// translation's checks as they are now, without it.
export const POST = apiRoute<TranslationParams, DismissBody>(async ({ params, body, actor, locale }) => {
  const ref = { slug: params.slug, paragraphKey: params.id, language: params.lang };
  const dismissal = await dismissCheck(db, { ...ref, actor, check: body.check, quote: body.quote, reason: body.reason });
  return { id: dismissal.id, checks: await describeLatestChecks(db, ref, locale) };
}, dismissBodySchema);
