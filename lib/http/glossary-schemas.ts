import { z } from "zod";
import { GLOSSARY_DECISIONS } from "@/lib/glossary/decide-glossary-proposal";
import { MAX_TRANSLATIONS, PARTS_OF_SPEECH } from "@/lib/glossary/entry-input";

// Bodies of the glossary routes (app/api/glossary/**), described in lib/http/openapi-glossary.ts
// from these same schemas. Lengths and word rules are the domain's (lib/glossary/entry-input.ts),
// so that they answer with named problems; the list's cap here only bounds the body.
const fields = {
  sourceTerm: z.string(),
  translations: z.array(z.string()).max(MAX_TRANSLATIONS * 5),
  note: z.string().nullable(),
  partOfSpeech: z.enum(PARTS_OF_SPEECH).nullable(),
  exactForm: z.boolean(),
  caseSensitive: z.boolean(),
  doNotTranslate: z.boolean(),
  isForbidden: z.boolean(),
};

export const glossaryEntryBodySchema = z.strictObject({
  ...fields,
  translations: fields.translations.default([]),
  note: fields.note.default(null),
  partOfSpeech: fields.partOfSpeech.default(null),
  exactForm: fields.exactForm.default(false),
  caseSensitive: fields.caseSensitive.default(false),
  doNotTranslate: fields.doNotTranslate.default(false),
  isForbidden: fields.isForbidden.default(false),
});

const version = z.number().int().min(1);

export const glossaryPatchBodySchema = z.strictObject({ version, ...z.object(fields).partial().shape });

export const glossaryDecisionBodySchema = z.strictObject({
  decision: z.enum(GLOSSARY_DECISIONS),
  version,
  comment: z.string().optional(),
});

// DELETE carries the version it deletes in the query: ?version=3.
export const glossaryDeleteQuerySchema = z.strictObject({ version: z.coerce.number().int().min(1) });

export type GlossaryParams = { pair: string };
export type GlossaryEntryParams = { pair: string; id: string };
export type GlossaryEntryBody = z.infer<typeof glossaryEntryBodySchema>;
export type GlossaryPatchBody = z.infer<typeof glossaryPatchBodySchema>;
export type GlossaryDecisionBody = z.infer<typeof glossaryDecisionBodySchema>;
