import { z } from "zod";
import { CHECK_IDS } from "@/lib/checks";
import { REVIEW_DECISIONS } from "@/lib/reviews/decide-translation";
import { MAX_INSERTIONS } from "@/lib/memory/saved-memory-share";
import { MAX_TRANSLATION_LENGTH } from "@/lib/translations/validate-text";
import { MAX_QUOTE_ID_LENGTH, MAX_QUOTES_PER_SAVE } from "./body-limits";

// Request bodies of the /api routes (documented in lib/http/openapi.ts). Text limits and
// quotation checks are the domain's, so that they answer with named problems. Objects are
// strict: a field this API does not know is refused (422 naming it), never stored or ignored.
const quoteOriginSchema = z.strictObject({ id: z.string().min(1).max(MAX_QUOTE_ID_LENGTH), ownWords: z.literal(true), note: z.string() });

// An error check the translator overrides, with a reason (lib/checks/overrides.ts judges the reason).
const overrideSchema = z.strictObject({ check: z.string().min(1).max(100), reason: z.string().max(5_000) });
const overridesSchema = z.array(overrideSchema).max(CHECK_IDS.length);

export const saveBodySchema = z.strictObject({
  text: z.string(),
  baseVersion: z.number().int().min(0),
  quotes: z.array(quoteOriginSchema).max(MAX_QUOTES_PER_SAVE).optional(),
  overrides: overridesSchema.optional(),
  // what the editor inserted from the translation memory (GET /api/memory/{pair}/matches targets)
  memoryInserted: z.array(z.string().max(MAX_TRANSLATION_LENGTH)).max(MAX_INSERTIONS).optional(),
  // the translator's note readers see beside the paragraph (lib/translations/save-translation.ts
  // bounds it); absent: the latest revision's note is kept; null: removed
  translatorNote: z.string().max(MAX_TRANSLATION_LENGTH).nullable().optional(),
});

export const submitBodySchema = z.strictObject({ version: z.number().int().min(0).optional(), overrides: overridesSchema.optional() });

export const reviewBodySchema = z.strictObject({
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string().optional(),
  version: z.number().int().min(0),
  acknowledgeWarnings: z.boolean().optional(),
});

// A reviewer's "false positive" on one warning of a paragraph (lib/checks/dismiss-check.ts judges
// the check and the reason, so that they answer with named problems).
export const dismissBodySchema = z.strictObject({ check: z.string().min(1).max(100), quote: z.string().min(1).max(MAX_QUOTE_ID_LENGTH).optional(), reason: z.string().max(5_000) });

export type TranslationParams = { slug: string; id: string; lang: string };
export type SaveBody = z.infer<typeof saveBodySchema>;
export type SubmitBody = z.infer<typeof submitBodySchema>;
export type ReviewBody = z.infer<typeof reviewBodySchema>;
export type DismissBody = z.infer<typeof dismissBodySchema>;
