import { describe, expect, it } from "vitest";
import { isHeadingLike, splitBlocks } from "./split-blocks";

describe("splitBlocks", () => {
  it("splits on blank lines, reads short lines without final punctuation as headings", () => {
    const { blocks, title, date } = splitBlocks("Premier paragraphe, assez long.\n\nUn intertitre\n\n\"Dans ma tête, c'était une guerre\"\n\nFin.\n");
    expect(title).toBeNull();
    expect(date).toBeNull();
    expect(blocks).toEqual([
      { kind: "paragraph", text: "Premier paragraphe, assez long." },
      { kind: "heading", text: "Un intertitre" },
      { kind: "heading", text: "\"Dans ma tête, c'était une guerre\"" },
      { kind: "paragraph", text: "Fin." },
    ]);
  });

  it("takes the leading 'date 2022-01' as the date, not as words of the lede", () => {
    expect(splitBlocks(" date 2022-01 Une semaine après.\n\nSuite.")).toMatchObject({
      date: "2022-01",
      blocks: [{ text: "Une semaine après." }, { text: "Suite." }],
    });
  });

  it("reads a first heading-like line as the title line", () => {
    const title = "Kazakhstan : une semaine après la répression, les habitants d’Almaty cherchent encore à comprendre ce qui s’est passé";
    expect(splitBlocks(`${title}\n\nUn paragraphe.`)).toMatchObject({ title, blocks: [{ text: "Un paragraphe." }] });
    expect(splitBlocks("Une première phrase. Une autre.\n\nUn paragraphe.")).toMatchObject({ title: null });
    expect(splitBlocks("Un seul bloc")).toMatchObject({ title: null, blocks: [{ kind: "heading" }] });
    expect(splitBlocks("Kazakhstan, une semaine après\n\nUn paragraphe.")).toMatchObject({
      title: "Kazakhstan, une semaine après",
      blocks: [{ kind: "paragraph", text: "Un paragraphe." }],
    });
  });

  it("joins a wrapped paragraph's lines with a space, and reads CRLF files", () => {
    expect(splitBlocks("Une ligne\r\ncoupée en deux.\r\n\r\nSuite.").blocks.map((block) => block.text)).toEqual(["Une ligne coupée en deux.", "Suite."]);
  });

  it("keeps short questions as headings and two sentences as a paragraph", () => {
    expect(isHeadingLike("Une situation instrumentalisée par des clans politiques ?")).toBe(true);
    expect(isHeadingLike("Y a-t-il eu une révolution ? Personne ne sait.")).toBe(false);
    expect(isHeadingLike("Pas de bilan des victimes civiles")).toBe(true);
    expect(isHeadingLike("Il pleut.")).toBe(false);
  });
});
