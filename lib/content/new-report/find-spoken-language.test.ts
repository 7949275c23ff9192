import { describe, expect, it } from "vitest";
import { findQuotes } from "./find-quotes";
import { findSpokenLanguage } from "./find-spoken-language";

const languageOf = (text: string) => findSpokenLanguage(text, findQuotes(text)[0]);

describe("findSpokenLanguage", () => {
  it("reads the language named in the attribution", () => {
    expect(languageOf("« Nous resterons », dit-il en russe.")).toBe("ru");
    expect(languageOf("« Biz qalamyz », lance en kazakh Aïguerim, journaliste.")).toBe("kk");
  });

  it("says nothing when the attribution does not name one, or names it in another sentence", () => {
    expect(languageOf(`"Une balle a traversé", raconte-t-elle, en montrant les traces d'impact.`)).toBeNull();
    expect(languageOf("« Non », dit-il. Il parle ensuite en russe.")).toBeNull();
  });
});
