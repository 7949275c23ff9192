import fs from "node:fs";
import path from "node:path";
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";

// The words themselves (issue 13): errors a bilingual editor found in the demo translations
// and the interface, which must not come back.
const read = (file: string) => fs.readFileSync(path.join(import.meta.dirname, "..", "..", file), "utf8");
const en = read("content/translations/almaty-janvier-2022/en.yaml");
const ru = read("content/translations/almaty-janvier-2022/ru.yaml");
const messages = Object.fromEntries(["fr", "en", "ru"].map((language) => [language, read(`messages/${language}.json`)]));

describe("the demo translations", () => {
  it("say what the French says, without additions", () => {
    expect(en).not.toMatch(/bloody/);
    expect(en).toContain("go and cause chaos. The more chaos, the better.");
    expect(en).not.toMatch(/right through/);
    expect(en).toContain("state television channel Almaty TV");
    // "traces d'impact", "s'est rendue sur place", "auraient instrumentalisé": no bullets, no mission, no motive added
    expect(en).not.toMatch(/bullet marks|to find out|for their own ends|now under way/);
    expect(ru).not.toMatch(/следы от пуль|настоящей войны|воспользовались в своих интересах/);
  });

  it("Russian: a new quotation after the attribution opens without a dash", () => {
    expect(ru).not.toMatch(/(говорит она|объясняет он)\. — «/);
    expect(ru).toContain("— говорит она. «<q id=\"q-dinara-no-idea\">");
  });

  it("spell names as English spells them", () => {
    expect(en).not.toMatch(/Aiguerim|Agyltaeieva/);
    expect(en).toContain("Aigerim Agyltayeva");
  });
});

describe("the interface strings", () => {
  it("French: a no-break space before : ; ? !, no 'Si vous devriez', one term for changes requested", () => {
    const values = JSON.stringify(JSON.parse(messages.fr));
    expect(values).not.toMatch(/ [:;?!]/);
    expect(values).not.toMatch(/Si vous devriez/);
    expect(values).not.toMatch(/à corriger/);
  });

  it("Russian: plural agreement, an unambiguous discard, a revision is a version", () => {
    const ru = JSON.parse(messages.ru) as Record<string, Record<string, unknown>>;
    const values = JSON.stringify(ru);
    expect(values).not.toMatch(/одобрено \{approved, plural, one \{# абзац\}/);
    expect(values).not.toMatch(/Браузер сохранил несохранённый/);
    expect(values).not.toMatch(/Их текст/);
    expect(values).not.toMatch(/редакци[яиюей] перевода|Одобренную редакцию|редакции нет/);
    expect(values).not.toMatch(/"discardYes":"Отменить"/);
  });

  it("markers: plain words, no Latin letters inside the Russian ones, no 'trad. FR'", () => {
    const marks = (language: string) => Object.values((JSON.parse(messages[language]) as { Quote: { mark: Record<string, string> } }).Quote.mark).join(" | ");
    expect(marks("fr")).not.toMatch(/trad\. \{language\}|orig\./);
    const ru = createTranslator({ locale: "ru", messages: JSON.parse(messages.ru) as Record<string, never> });
    for (const language of ["fr", "en"]) {
      const mark = ru("Quote.mark.translated" as never, { language } as never);
      expect(mark).toMatch(/^пер\. с /);
      expect(mark).not.toMatch(/[A-Za-z]/);
    }
    expect(marks("en")).toContain("translated from French");
  });
});
