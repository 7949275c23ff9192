import { db } from "@/lib/db/client";
import { proposeGlossaryTerm } from "@/lib/glossary/propose-glossary-term";
import { apiRoute } from "@/lib/http/api-route";
import { glossaryEntryBodySchema, type GlossaryEntryBody, type GlossaryParams } from "@/lib/http/glossary-schemas";

export const POST = apiRoute<GlossaryParams, GlossaryEntryBody>(
  async ({ params, body, actor }) => ({ entry: await proposeGlossaryTerm(db, { actor, pair: params.pair, entry: body }) }),
  glossaryEntryBodySchema,
);
