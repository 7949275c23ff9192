import type { Person } from "./types";

// People's names and roles as French news copy writes them: "Aïguerim Agyltaeïeva, rédactrice
// en chef des journaux télévisés", "Bolatbek Bulgakbaev, ex-colonel du KNB (…)".
const WORD = String.raw`\p{Lu}[\p{Ll}\p{M}]*\p{Ll}(?:-\p{Lu}[\p{Ll}\p{M}]+)*`;
export const NAME = String.raw`${WORD}(?:\s(?:(?:de|du|van|von|der|ben|bin|da|di|al|el)\s)?${WORD}){0,3}`;

// capitalised at the start of a sentence, not names
const NOT_NAMES = new Set(
  ("Mais Et Ou Donc Or Car Le La Les Un Une Des De Du Au Aux En Dans Pour Par Sur Sous Selon Alors Puis Cette Ce Ces " +
    "Cet Il Elle Ils Elles On Nous Vous Je Tu Son Sa Ses Leur Leurs Notre Nos Votre Vos Mon Ma Mes Que Qui Quand " +
    "Lorsque Si Après Avant Depuis Pendant Durant Sans Vers Chez Entre Contre Comme Aujourd Hier Demain Ici " +
    "Selon Pourtant Ainsi Enfin Signe Même Tous Toutes Tout Chaque Plus Moins Très Voici Voilà Oui Non").split(" "),
);
// a place or an organisation follows these: "à Almaty, l’ancienne capitale" is no person
const PREPOSITIONS = /(?:^|\s)(?:à|a|de|d['’]|en|au|aux|du|des|vers|pour|sur|dans|chez|par|entre|contre)\s*$/u;
// words a role never starts with: "Almaty TV, où France 24 s'est rendue"
const NOT_ROLE_START = new Set(
  ("où qui que qu dont et mais ou donc car ni a ont est sont était étaient avait avaient se s ne n y il elle ils elles " +
    "on lorsque quand alors puis selon comme avec sans en je nous vous c ce").split(" "),
);
const MAX_ROLE_WORDS = 16;

// The name starting exactly at `at`, leading sentence words left out ("Mais Bolatbek Bulgakbaev").
export function readName(text: string, at = 0): { name: string; start: number; end: number } | null {
  const match = new RegExp(`^${NAME}`, "u").exec(text.slice(at));
  if (!match) return null;
  const words = match[0].split(/\s/);
  let skip = 0;
  while (skip < words.length && NOT_NAMES.has(words[skip])) skip += 1;
  if (skip === words.length) return null;
  const dropped = words.slice(0, skip).join(" ").length + (skip ? 1 : 0);
  const name = words.slice(skip).join(" ");
  return { name, start: at + dropped, end: at + dropped + name.length };
}

// Every name in the text, left to right.
export function allNames(text: string): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  const any = new RegExp(`(?<![\\p{L}\\p{N}])${NAME}`, "gu");
  for (const match of text.matchAll(any)) {
    const name = readName(text, match.index);
    if (name) found.push(name);
  }
  return found;
}

// A role after "Name, ": up to the next comma (or, with `toSentenceEnd`, up to the end of the
// sentence); a parenthesis belongs to it and ends it ("ex-colonel du KNB (Comité …) n’y croit").
export function readRole(text: string, at: number, toSentenceEnd: boolean): string | null {
  let depth = 0;
  let end = at;
  for (; end < text.length; end += 1) {
    const char = text[end];
    if (char === "(") depth += 1;
    else if (char === ")" && depth > 0 && (depth -= 1) === 0 && !toSentenceEnd) {
      end += 1;
      break;
    } else if (depth === 0 && (/[.!?…«“"]/u.test(char) || (char === "," && !toSentenceEnd))) break;
  }
  const role = text.slice(at, end).trim().replace(/[,;:]+$/u, "").trim();
  const first = role.split(/[\s'’-]/u)[0];
  if (!role || !/^\p{Ll}/u.test(role) || NOT_ROLE_START.has(first)) return null;
  return role.split(/\s+/).length > MAX_ROLE_WORDS ? null : role;
}

export function isAfterPreposition(text: string, at: number): boolean {
  return PREPOSITIONS.test(text.slice(Math.max(0, at - 6), at));
}

// words of organisations' names: "Amnesty International" is no person
const ORGANISATION_WORDS = new Set(
  ("International Internationale Nations Unies Union Parti Comité Conseil Ministère Banque Organisation Fondation " +
    "Association Front Forces Armée Assemblée Cour Tribunal Agence Université Institut Commission Fédération Garde").split(" "),
);
// "Le maire, Igor Terekhov," / "la directrice, Nurjan Mukhamedzhanova": the role before the name
// (one person: "les habitants de l'ancienne capitale, Almaty" names a city)
const ROLE_BEFORE = /(?:^|[.!?…]\s+|,\s+)((?:[Ll]e\s|[Ll]a\s|[Ll]['’]\s?)\p{Ll}[^,.;:!?«»“”"]{0,60}),\s$/u;

// People named outside quotations: with a role in apposition ("Nurjan Mukhamedzhanova, la
// directrice générale,"), a role before the name ("Le maire, Igor Terekhov"), or a first name
// and a surname that are not an organisation's ("Olena Kovalenko, 54 ans,").
export function mentionsOfPeople(text: string): { person: Person; at: number }[] {
  return allNames(text).flatMap(({ name, start, end }) => {
    if (isAfterPreposition(text, start)) return [];
    const after = text.startsWith(", ", end) ? readRole(text, end + 2, false) : null;
    const before = ROLE_BEFORE.exec(text.slice(0, start))?.[1];
    const role = after ?? (before ? before.charAt(0).toLowerCase() + before.slice(1) : null);
    const isFullName = name.split(" ").length > 1 && !name.split(" ").some((word) => ORGANISATION_WORDS.has(word));
    return role || isFullName ? [{ person: { name, role }, at: start }] : [];
  });
}
