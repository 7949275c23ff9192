// Source text as MDX text that the parser reads back character for character: a backslash
// before every ASCII punctuation mark that MDX or Markdown would read as markup ({ } < > for
// JSX and expressions, & for character references, * _ ` [ ] \ for inline Markdown), and before
// a mark that would start a block at the beginning of a line (# > + = ~ -, "1." or "1)").
const INLINE = /[\\`*_{}[\]<>&]/g;
const LINE_START = /^(\d{1,9})([.)])|^[#>+=~-]/;

export function escapeMdxText(text: string): string {
  return text.replace(INLINE, "\\$&");
}

export function escapeMdxLineStart(text: string): string {
  return text.replace(LINE_START, (match, digits: string | undefined, mark: string | undefined) => (digits ? `${digits}\\${mark}` : `\\${match}`));
}
