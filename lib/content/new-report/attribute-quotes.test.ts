import { describe, expect, it } from "vitest";
import { attributeQuotes } from "./attribute-quotes";
import { findQuotes } from "./find-quotes";
import { splitIncises } from "./split-incises";
import type { Block } from "./types";

const decide = (texts: string[]) => {
  const blocks: Block[] = texts.map((text) => ({ kind: "paragraph", text }));
  return attributeQuotes(blocks, blocks.map((block) => splitIncises(block.text, findQuotes(block.text))), null).map((decision) => ({
    words: blocks[decision.blockIndex].text.slice(decision.span.start, decision.span.end),
    kind: decision.kind,
    speaker: decision.speaker?.name ?? null,
    role: decision.speaker?.role ?? null,
    isSure: decision.isSure,
  }));
};

describe("attributeQuotes", () => {
  it("reads a pronoun as the last person named, sure when nobody else was named", () => {
    expect(decide([`Nurjan Mukhamedzhanova, la directrice générale, constate les dégâts. "Une balle a traversé", raconte-t-elle.`])).toEqual([
      { words: "Une balle a traversé", kind: "speech", speaker: "Nurjan Mukhamedzhanova", role: "la directrice générale", isSure: true },
    ]);
  });

  it("is unsure of a pronoun when two people were just named", () => {
    const [decision] = decide([`Jean Dupont, maire, et Marie Curie, chimiste, se parlent. « Oui », dit-elle.`]);
    expect(decision).toMatchObject({ speaker: "Marie Curie", isSure: false });
  });

  it("gives a quotation following another in the same paragraph the same speaker", () => {
    expect(decide([`"Vous savez, chez nous, tout se paie", explique Jean Dupont, maire. "Ils ont tout simplement payé ces gens."`]).map((d) => [d.speaker, d.isSure])).toEqual([
      ["Jean Dupont", true],
      ["Jean Dupont", true],
    ]);
  });

  it("remembers a speaker across paragraphs by surname", () => {
    const decisions = decide([`"Je suis venue ici", raconte Dinara Ivanova, habitante.`, `Aujourd'hui encore, Ivanova ne comprend pas.`, `"C’était une guerre", dit-elle.`]);
    expect(decisions.map((d) => [d.speaker, d.isSure])).toEqual([
      ["Dinara Ivanova", true],
      ["Dinara Ivanova", true],
    ]);
  });

  it("proposes a speaker for words quoted again without attribution, unsure", () => {
    const decisions = decide([`"Dans ma tête, c'était une guerre"`, `"Dans ma tête, c’était une guerre", dit Dinara.`]);
    expect(decisions[0]).toMatchObject({ speaker: "Dinara", isSure: false });
  });

  it("proposes the person named before an unattributed quotation, unsure; nobody when nobody is named", () => {
    expect(decide([`Mais Bolatbek Bulgakbaev, ex-colonel du KNB, n’y croit pas. "Où sont-ils, ces dizaines de milliers de terroristes ?"`])[0]).toMatchObject({
      speaker: "Bolatbek Bulgakbaev",
      isSure: false,
    });
    expect(decide([`On lit sur une pancarte : "Nous ne partirons pas d’ici sans réponse."`])[0]).toMatchObject({ speaker: null, isSure: false });
  });

  it("reads short quoted words with no speech verb as terms, attributed when 'par …' follows", () => {
    expect(decide([`Sorte de "mini-Otan" sous influence russe, l'opération qualifiée d’"anti-terroriste" par le gouvernement.`])).toEqual([
      { words: "mini-Otan", kind: "term", speaker: null, role: null, isSure: true },
      { words: "anti-terroriste", kind: "term", speaker: "le gouvernement", role: null, isSure: false },
    ]);
    // short, but said by someone
    expect(decide([`"Non", répond Jean Dupont.`])[0]).toMatchObject({ kind: "speech", speaker: "Jean Dupont" });
  });

  it("reads another article's attributions: a role before the name, « Pour X : », a described speaker, a bare full name", () => {
    expect(
      decide([
        "Dans le quartier de Saltivka, Olena Kovalenko, 54 ans, balaie les éclats. « On a appris à vivre avec les sirènes », confie-t-elle.",
        "Le maire, Igor Terekhov, a promis de reconstruire. « Chaque école sera rouverte avant l’hiver », a-t-il déclaré lundi.",
        "Pour Andriï Petrenko, professeur d’histoire : « Cette guerre est une invasion. »",
        "Un soldat, qui refuse de donner son nom, résume : « Nous tiendrons. »",
      ]).map((d) => [d.speaker, d.role, d.isSure]),
    ).toEqual([
      ["Olena Kovalenko", null, true],
      // Olena Kovalenko was named in the paragraph before: the pronoun is a guess
      ["Igor Terekhov", "le maire", false],
      ["Andriï Petrenko", "professeur d’histoire", true],
      ["un soldat", null, false],
    ]);
  });

  it("gives both parts of a quotation cut by an incise the incise's speaker", () => {
    expect(decide(["« Nous resterons, affirme Jean Dupont, jusqu’au bout. »"]).map((d) => [d.words, d.speaker, d.isSure])).toEqual([
      ["Nous resterons", "Jean Dupont", true],
      ["jusqu’au bout.", "Jean Dupont", true],
    ]);
  });

  it("carries a quotation left open over to the paragraph that opens it again", () => {
    const decisions = decide(["Marie Curie, chimiste, raconte : « Nous avons tout perdu.", "« Mais nous reviendrons. »", "« Jamais », dit un autre."]);
    expect(decisions.map((d) => [d.speaker, d.isSure])).toEqual([
      ["Marie Curie", true],
      ["Marie Curie", true],
      ["un autre", false],
    ]);
  });

  it("names nobody for « on » or a verb without a subject, and says so", () => {
    expect(decide([`Jean Dupont, maire, attend. « Non », répond-on au ministère.`])[0]).toMatchObject({ speaker: null, isSure: false, kind: "speech" });
  });

  it("is unsure of a pronoun whose person was named paragraphs before", () => {
    const decisions = decide([`"Je reste", dit Marie Curie.`, "La ville se vide.", "Les magasins ferment.", `"Je pars", dit-elle.`]);
    expect(decisions[1]).toMatchObject({ speaker: "Marie Curie", isSure: false });
  });
});
