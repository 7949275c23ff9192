import { describe, expect, it } from "vitest";
import { findQuotes } from "./find-quotes";
import { findSpeaker } from "./find-speaker";

const speakerOf = (text: string, index = 0, outlet: string | null = null) => findSpeaker(text, findQuotes(text)[index], outlet);

describe("findSpeaker", () => {
  it("reads an inverted pronoun after the quotation (raconte-t-elle, se souvient-elle, a-t-il expliqué)", () => {
    expect(speakerOf(`"Une balle a traversé", raconte-t-elle, en montrant les traces.`)).toMatchObject({ kind: "pronoun", pronoun: "elle" });
    expect(speakerOf(`"C’était surprenant" se souvient-elle.`)).toMatchObject({ kind: "pronoun", pronoun: "elle" });
    expect(speakerOf(`« Nous partirons », a-t-il expliqué.`)).toMatchObject({ kind: "pronoun", pronoun: "il" });
    expect(speakerOf(`"Dans ma tête, c’était une guerre", dit-elle.`)).toMatchObject({ kind: "pronoun", pronoun: "elle" });
  });

  it("reads a name and its role after the verb, to the end of the sentence", () => {
    expect(speakerOf(`"Pas de réponse", explique Aïguerim Agyltaeïeva, rédactrice en chef des journaux télévisés.`)).toMatchObject({
      kind: "named",
      person: { name: "Aïguerim Agyltaeïeva", role: "rédactrice en chef des journaux télévisés" },
    });
    expect(speakerOf(`« Je reste », a déclaré Jean Dupont.`)).toMatchObject({ kind: "named", person: { name: "Jean Dupont", role: null } });
  });

  it("skips the outlet the speaker talked to (raconte à France 24 Dinara, habitante…)", () => {
    const text = `"Je suis venue ici", raconte à France 24 Dinara, habitante du quartier de la mairie, à Almaty.`;
    const expected = { kind: "named", person: { name: "Dinara", role: "habitante du quartier de la mairie, à Almaty" } };
    expect(speakerOf(text, 0, "France 24")).toMatchObject(expected);
    expect(speakerOf(text)).toMatchObject(expected);
    // told to someone, said by someone described, not named
    expect(speakerOf(`"Partez", raconte à Dinara un voisin.`)).toMatchObject({ kind: "named", person: { name: "un voisin" }, isVague: true });
    expect(speakerOf(`« Non », a déclaré à l'AFP le porte-parole, Dmitri Peskov.`)).toMatchObject({
      kind: "named",
      person: { name: "Dmitri Peskov", role: "le porte-parole" },
    });
    expect(speakerOf(`« Non », a-t-on répondu.`)).toMatchObject({ kind: "pronoun", pronoun: "on" });
    expect(speakerOf(`« Non », répond-on au ministère.`)).toMatchObject({ kind: "pronoun", pronoun: "on" });
  });

  it("reads a role before the name", () => {
    expect(speakerOf(`« Non », répond la directrice, Nurjan Mukhamedzhanova.`)).toMatchObject({
      kind: "named",
      person: { name: "Nurjan Mukhamedzhanova", role: "la directrice" },
    });
  });

  it("reads an attribution before the quotation in the same sentence", () => {
    expect(speakerOf(`Le ministre parle. Jean Dupont, maire de Lyon, affirme : « Tout va bien. »`)).toMatchObject({
      kind: "named",
      person: { name: "Jean Dupont", role: "maire de Lyon" },
    });
    expect(speakerOf(`Elle ajoute : « Rien. »`)).toMatchObject({ kind: "pronoun", pronoun: "elle" });
  });

  it("reads « selon lui » after an unclosed quotation", () => {
    expect(speakerOf(`Il doute. "Où sont-ils, ces terroristes ? Selon lui, des clans auraient agi.`)).toMatchObject({ kind: "pronoun", pronoun: "il" });
  });

  it("finds nothing when the text says nothing", () => {
    expect(speakerOf(`"Dans ma tête, c'était une guerre"`)).toEqual({ kind: "none" });
    expect(speakerOf(`sorte de "mini-Otan" sous influence russe`)).toEqual({ kind: "none" });
  });
});
