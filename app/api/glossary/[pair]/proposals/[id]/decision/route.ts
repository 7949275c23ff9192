import { db } from "@/lib/db/client";
import { decideGlossaryProposal } from "@/lib/glossary/decide-glossary-proposal";
import { apiRoute } from "@/lib/http/api-route";
import { glossaryDecisionBodySchema, type GlossaryDecisionBody, type GlossaryEntryParams } from "@/lib/http/glossary-schemas";

export const POST = apiRoute<GlossaryEntryParams, GlossaryDecisionBody>(
  async ({ params, body, actor }) => ({ entry: await decideGlossaryProposal(db, { actor, pair: params.pair, id: params.id, ...body }) }),
  glossaryDecisionBodySchema,
);
