import { z } from "zod";
import { REVIEW_DECISIONS } from "@/lib/reviews/decide-translation";

// Request bodies of the /api routes (documented in lib/http/openapi.ts). Text limits and
// quotation checks are the domain's, so that they answer with named problems.
export const saveBodySchema = z.object({
  text: z.string(),
  baseVersion: z.number().int().min(0),
  quotes: z.array(z.object({ id: z.string().min(1).max(100), ownWords: z.literal(true), note: z.string() })).max(100).optional(),
});

export const submitBodySchema = z.object({ version: z.number().int().min(0).optional() });

export const reviewBodySchema = z.object({
  decision: z.enum(REVIEW_DECISIONS),
  comment: z.string().optional(),
  version: z.number().int().min(0),
});

export type TranslationParams = { slug: string; id: string; lang: string };
export type SaveBody = z.infer<typeof saveBodySchema>;
export type SubmitBody = z.infer<typeof submitBodySchema>;
export type ReviewBody = z.infer<typeof reviewBodySchema>;
