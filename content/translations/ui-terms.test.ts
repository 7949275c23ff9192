import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The interface's terminology and typography (issue 13), as ui-terms.md chooses them: one term per
// concept and language, so a variant that creeps back into a message file fails here.
type Language = "fr" | "en" | "ru";
type Tree = { [key: string]: string | Tree };

const flatten = (tree: Tree, prefix = ""): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value] as [string, string]] : flatten(value, `${prefix}${key}.`)));
const messages = (language: Language) =>
  flatten(JSON.parse(fs.readFileSync(path.join(import.meta.dirname, "..", "..", "messages", `${language}.json`), "utf8")) as Tree);
const offending = (language: Language, pattern: RegExp, skip: (key: string) => boolean = () => false) =>
  messages(language)
    // An ICU argument's name ({revisions}) is code, not a word of the text.
    .filter(([key, value]) => !skip(key) && pattern.test(value.replace(/\{\w+(?=[,}])/gu, "{")))
    .map(([key, value]) => `${key}: ${value}`);

// The checks' explanations quote other languages' typography and list the marks themselves.
const quotesOtherTypography = (key: string) => key.startsWith("CheckList.explain.");

// Rejected variants, per language: the chosen term is in ui-terms.md.
const REJECTED: Record<Language, [concept: string, pattern: RegExp][]> = {
  fr: [
    ["version (not révision, except « en (cours de) révision », being revised)", /(?<!en cours de |en )révisions?\b/iu],
    ["modifications demandées", /à corriger/iu],
    ["en relecture", /en attente de relecture/iu],
    ["obsolète", /périmée?s?\b/iu],
    ["personne citée", /locut(eur|rice)|intervenant|orateur/iu],
    ["contrôle", /\bvérifications?\b/iu],
  ],
  en: [
    ["version", /\brevisions?\b/iu],
    ["in review", /awaiting review/iu],
    ["outdated", /\bstale\b/iu],
    ["administrator", /\badmins?\b/iu],
  ],
  ru: [
    ["одобрено", /утвер[жд]/iu],
    ["редактор (reviewer)", /рецензент|проверяющ/iu],
    ["на проверке", /ожидает проверки/iu],
    ["версия (not редакция for a revision)", /редакци[яиюей] (перевода|оригинала)|одобренн\S* редакци|редакции нет/iu],
    ["говорящий", /спикер/iu],
  ],
};

describe("the interface's terminology", () => {
  for (const language of ["fr", "en", "ru"] as const) {
    for (const [concept, pattern] of REJECTED[language]) {
      it(`${language}: “${concept}” has no rival term`, () => {
        expect(offending(language, pattern)).toEqual([]);
      });
    }
  }

  it("names the review states with the chosen terms", () => {
    const status = (language: Language) => Object.fromEntries(messages(language).filter(([key]) => key.startsWith("Status.")).map(([key, value]) => [key.slice(7), value]));
    expect(status("fr")).toMatchObject({ draft: "Brouillon", "in-review": "En relecture", "changes-requested": "Modifications demandées", approved: "Approuvé", outdated: "Obsolète" });
    expect(status("en")).toMatchObject({ draft: "Draft", "in-review": "In review", "changes-requested": "Changes requested", approved: "Approved", outdated: "Outdated" });
    expect(status("ru")).toMatchObject({ draft: "Черновик", "in-review": "На проверке", "changes-requested": "Нужны правки", approved: "Одобрено", outdated: "Устарело" });
  });
});

describe("the interface's typography", () => {
  it("has no straight quotation mark or apostrophe in text, in any language", () => {
    for (const language of ["fr", "en", "ru"] as const) {
      expect(offending(language, /[\p{L}\p{N}}][’']?['"]|['"][\p{L}\p{N}{]/u)).toEqual([]);
    }
  });

  it("French: a no-break space inside « » and before : ; ! ?", () => {
    expect(offending("fr", /«(?![\u00a0\u202f])|(?<![\u00a0\u202f])»/u, quotesOtherTypography)).toEqual([]);
    expect(offending("fr", /[^\u00a0\u202f][:;!?](?=\s|$)/u, (key) => quotesOtherTypography(key) || key.startsWith("Account.tokensIntro"))).toEqual([]);
  });

  it("Russian: « » outside (no nested «), an em dash between spaces, no hyphen or en dash for a dash", () => {
    expect(offending("ru", /«[^»]*«/u, quotesOtherTypography)).toEqual([]);
    expect(offending("ru", / [-–] |\S—|—(?=\S)/u, quotesOtherTypography)).toEqual([]);
  });

  it("English: curly quotation marks, not guillemets", () => {
    expect(offending("en", /[«»]/u, quotesOtherTypography)).toEqual([]);
  });
});
