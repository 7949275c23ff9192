// An example of the original's own typography that a reader may take for a display error:
// a straight quotation mark glued to a curly apostrophe (d’"anti-terroriste"), else any
// straight-quoted words. null: the text has none. Text is plain (no quotation markup).
export function typographyExample(texts: readonly string[]): string | null {
  for (const pattern of [/[\p{L}]+[’'](?:")[^"\s]+(?:")/u, /"[^"\n]{1,40}"/u]) {
    for (const text of texts) {
      const match = pattern.exec(text);
      if (match) return match[0];
    }
  }
  return null;
}
