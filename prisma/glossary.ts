import type { SeedGlossaryEntry } from "@/lib/glossary/seed-glossary";

// The glossary of the Almaty report (content/reports/almaty-janvier-2022.mdx), for both pairs.
// Russian forms are those of the approved drafts (content/translations/almaty-janvier-2022).
type Term = Omit<SeedGlossaryEntry, "pair" | "translations"> & { en?: string[]; ru?: string[] };

const TERMS: Term[] = [
  {
    sourceTerm: "OTSC",
    en: ["CSTO"],
    ru: ["ОДКБ"],
    partOfSpeech: "abbreviation",
    note: "Organisation du traité de sécurité collective: Collective Security Treaty Organisation (the drafts spell it the British way); Организация Договора о коллективной безопасности. Russian-led military alliance; the report's \"mini-Otan\".",
  },
  {
    sourceTerm: "KNB",
    en: ["KNB"],
    ru: ["КНБ"],
    partOfSpeech: "abbreviation",
    note: "Kazakhstan's Komitet natsionalnoy bezopasnosti (National Security Committee). The report glosses it \"Comité de défense nationale\": translate its gloss as written, but keep the acronym.",
  },
  {
    sourceTerm: "Kassym Jomart Tokaev",
    en: ["Kassym-Jomart Tokayev"],
    ru: ["Касым-Жомарт Токаев"],
    partOfSpeech: "proper-noun",
    note: "President of Kazakhstan. The report writes him without the hyphen; use the official spelling, hyphen included. Russian declines the surname (Токаева, Токаеву).",
  },
  {
    sourceTerm: "Almaty",
    en: ["Almaty"],
    ru: ["Алматы"],
    partOfSpeech: "proper-noun",
    exactForm: true,
    note: "The former capital. Indeclinable in Russian: «в Алматы», never «в Алмате»; not the Soviet name Alma-Ata (forbidden).",
  },
  { sourceTerm: "Almaty", en: ["Alma-Ata"], ru: ["Алма-Ата"], partOfSpeech: "proper-noun", isForbidden: true, note: "The Soviet-era name, officially replaced in 1993." },
  {
    sourceTerm: "Otan",
    en: ["NATO"],
    ru: ["НАТО"],
    partOfSpeech: "abbreviation",
    note: "OTAN, the French acronym for NATO, written \"Otan\" in French press style. In \"mini-Otan\" it describes the CSTO: keep the quotation marks (a term the report quotes).",
  },
  { sourceTerm: "Amnesty International", partOfSpeech: "proper-noun", doNotTranslate: true, note: "Name of the NGO: kept in Latin letters in every language." },
  { sourceTerm: "France 24", partOfSpeech: "proper-noun", doNotTranslate: true, note: "The outlet that published the report: never translated or transliterated." },
  { sourceTerm: "Almaty TV", partOfSpeech: "proper-noun", doNotTranslate: true, note: "The public television channel of Almaty: its name stays in Latin letters, in Russian too." },
  { sourceTerm: "Dinara", en: ["Dinara"], ru: ["Динара"], partOfSpeech: "proper-noun", note: "A resident near the city hall, quoted five times (the heading included). First name only, as the report gives it." },
  {
    sourceTerm: "Nurjan Mukhamedzhanova",
    en: ["Nurjan Mukhamedzhanova"],
    ru: ["Нуржан Мухамеджанова"],
    partOfSpeech: "proper-noun",
    note: "Director general of Almaty TV. The report's transliteration is kept in English; Russian declines the surname (Мухамеджановой).",
  },
  {
    sourceTerm: "Aïguerim Agyltaeïeva",
    en: ["Aigerim Agyltayeva"],
    ru: ["Айгерим Агылтаева"],
    partOfSpeech: "proper-noun",
    note: "Editor-in-chief of Almaty TV's news. The report's French transliteration (Aïguerim Agyltaeïeva) is not used: English and Russian write the Kazakh name's usual forms.",
  },
  {
    sourceTerm: "Bolatbek Bulgakbaev",
    en: ["Bolatbek Bulgakbaev"],
    ru: ["Болатбек Булгакбаев"],
    partOfSpeech: "proper-noun",
    note: "Former KNB colonel. His first quotation opens a quotation mark the report never closes.",
  },
];

export const REPORT_GLOSSARY: SeedGlossaryEntry[] = TERMS.flatMap(({ en, ru, ...term }) => [
  { ...term, pair: "fr-en", translations: en ?? [] },
  { ...term, pair: "fr-ru", translations: ru ?? [] },
]);
