import { buildXliff } from "./build-xliff";

// A one-unit XLIFF file for a paragraph without quotations, as an export would make it: for
// tests that need a file to import (the permission table) and not a whole report's.
export function sampleXliff(target: { slug: string; paragraphKey: string; language: string; version: number }, text = "Imported paragraph."): string {
  return buildXliff({
    slug: target.slug,
    srcLang: "fr",
    trgLang: target.language,
    units: [
      {
        id: target.paragraphKey,
        kind: "paragraph",
        sourceText: "Paragraphe.",
        sourceHash: "",
        quotes: [],
        state: "draft",
        version: target.version,
        target: { text, sourceHash: "", author: "", ownWords: new Map() },
        approval: null,
        comments: [],
      },
    ],
  });
}
