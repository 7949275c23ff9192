import { db } from "@/lib/db/client";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { apiRoute } from "@/lib/http/api-route";
import { glossaryEntryBodySchema, type GlossaryEntryBody, type GlossaryParams } from "@/lib/http/glossary-schemas";

export const GET = apiRoute<GlossaryParams>(async ({ params, actor }) => listGlossary(db, { actor, pair: params.pair }));

export const POST = apiRoute<GlossaryParams, GlossaryEntryBody>(
  async ({ params, body, actor }) => ({ entry: await createGlossaryEntry(db, { actor, pair: params.pair, entry: body }) }),
  glossaryEntryBodySchema,
);
