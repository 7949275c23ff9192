import { describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { escapeMdxLineStart, escapeMdxText } from "./escape-mdx";

const FRONT = `---\ntitle: T\ndate: "2022-01"\noutlet: O\noriginalLanguage: fr\n---\n\n`;
const readBack = (text: string) =>
  parseReport(`${FRONT}<Paragraph id="p-x">\n${escapeMdxLineStart(escapeMdxText(text))}\n</Paragraph>\n`, "x.mdx").units[0].text;

// The text is the source: whatever it holds, the parser must read back exactly that.
describe("escapeMdxText", () => {
  it.each([
    "Un {objet} <b>gras</b> & co, &amp; 5 > 3 < 4",
    "*pas d’emphase* _ni là_ `ni code` [ni lien](http://x) \\ fin \\",
    "# pas un titre",
    "- pas une liste",
    "+ non plus",
    "> pas une citation",
    "1986. Une année",
    "3) trois",
    "=== ---",
    "~~~ pas du code",
    "```js pas du code",
    "Une\ttabulation  et   des espaces",
    "<!-- pas un commentaire --> {/* ni celui-ci */}",
    "Tout l’ASCII : !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~",
    "Espaces\u00a0insécables\u202f? et « guillemets »",
  ])("reads back %j unchanged", (text) => {
    expect(readBack(text)).toBe(text);
  });

  it("reads back every ASCII punctuation mark at the start, inside and at the end of a block, alone and doubled or tripled", () => {
    const marks = [..."!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"];
    const texts = marks.flatMap((mark) => [1, 2, 3].map((n) => mark.repeat(n)).flatMap((run) => [`${run} mot`, `mot ${run}mot${run} fin`, `mot ${run}`, `1${run} x`]));
    expect(texts.filter((text) => readBack(text) !== text)).toEqual([]);
  });
});
