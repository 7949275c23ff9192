import type { PartOfSpeech } from "@/lib/glossary/entry-input";

// TBX-Basic (ISO 30042:2019, DCT style) as the glossary writes and reads it.
export const TBX_NS = "urn:iso:std:iso:30042:ed-2";
// administrativeStatus values of TBX-Basic: a required rendering, and one not to use.
export const PREFERRED = "preferredTerm-admn-sts";
export const DEPRECATED = "deprecatedTerm-admn-sts";
// The newsroom's flags, which TBX-Basic has no data category for, as an <admin> of our own.
export const FLAGS_TYPE = "x-newsroom-flags";
export const FLAGS = ["exactForm", "caseSensitive", "doNotTranslate"] as const;

// Our parts of speech and TBX-Basic's partOfSpeech picklist (noun, verb, adjective, adverb,
// properNoun, other); abbreviation and phrase have no match there and travel as termType.
export const TO_TBX_POS: Record<PartOfSpeech, { partOfSpeech: string; termType?: string }> = {
  noun: { partOfSpeech: "noun" },
  "proper-noun": { partOfSpeech: "properNoun" },
  verb: { partOfSpeech: "verb" },
  adjective: { partOfSpeech: "adjective" },
  adverb: { partOfSpeech: "adverb" },
  abbreviation: { partOfSpeech: "noun", termType: "abbreviation" },
  phrase: { partOfSpeech: "other", termType: "phrase" },
};

export function fromTbxPos(partOfSpeech: string | undefined, termType: string | undefined): PartOfSpeech | null {
  if (termType === "abbreviation" || termType === "acronym") return "abbreviation";
  if (termType === "phrase") return "phrase";
  const found = (Object.keys(TO_TBX_POS) as PartOfSpeech[]).find((ours) => !TO_TBX_POS[ours].termType && TO_TBX_POS[ours].partOfSpeech === partOfSpeech);
  return found ?? null;
}
