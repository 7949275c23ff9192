import { db } from "@/lib/db/client";
import { deleteGlossaryEntry } from "@/lib/glossary/delete-glossary-entry";
import { updateGlossaryEntry } from "@/lib/glossary/update-glossary-entry";
import { apiRoute } from "@/lib/http/api-route";
import { glossaryDeleteQuerySchema, glossaryPatchBodySchema, type GlossaryEntryParams, type GlossaryPatchBody } from "@/lib/http/glossary-schemas";
import { parseIn } from "@/lib/http/zod-locale";

export const PATCH = apiRoute<GlossaryEntryParams, GlossaryPatchBody>(async ({ params, body, actor }) => {
  const { version, ...changes } = body;
  return { entry: await updateGlossaryEntry(db, { actor, pair: params.pair, id: params.id, version, changes }) };
}, glossaryPatchBodySchema);

export const DELETE = apiRoute<GlossaryEntryParams>(async ({ request, params, actor, locale }) => {
  const { version } = parseIn(glossaryDeleteQuerySchema, Object.fromEntries(new URL(request.url).searchParams), locale);
  return deleteGlossaryEntry(db, { actor, pair: params.pair, id: params.id, version });
});
