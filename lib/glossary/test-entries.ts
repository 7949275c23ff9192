import type { GlossaryEntryInput } from "./entry-input";

// Entries for the glossary's unit tests, with unique terms so tests never collide.
export function sampleEntry(overrides: Partial<GlossaryEntryInput> = {}): GlossaryEntryInput {
  return {
    sourceTerm: `Terme ${crypto.randomUUID().slice(0, 8)}`,
    translations: ["Термин"],
    note: null,
    partOfSpeech: "noun",
    exactForm: false,
    caseSensitive: false,
    doNotTranslate: false,
    isForbidden: false,
    ...overrides,
  };
}
