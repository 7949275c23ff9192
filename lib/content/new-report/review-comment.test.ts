import { describe, expect, it } from "vitest";
import { ContentError, parseReport } from "@/lib/content/parse-report";

// content:new leaves its review list in an MDX comment at the top of the report; the parser
// must read past it, and still refuse any expression that would put code in the text.
const FRONT = `---\ntitle: T\ndate: "2022-01"\noutlet: O\noriginalLanguage: fr\n---\n\n`;
const BODY = `<Paragraph id="p-one">\nUn paragraphe.\n</Paragraph>\n`;

describe("parseReport and MDX comments", () => {
  it("skips a comment-only block", () => {
    const report = parseReport(`${FRONT}{/*\nÀ vérifier :\n- une note\n*/}\n\n${BODY}`, "r.mdx");
    expect(report.units.map((unit) => unit.text)).toEqual(["Un paragraphe."]);
  });

  it("refuses an expression that is not only a comment", () => {
    expect(() => parseReport(`${FRONT}{/* note */ 1}\n\n${BODY}`, "r.mdx")).toThrow(ContentError);
  });
});
