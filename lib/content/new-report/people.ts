import { isAfterPreposition, mentionsOfPeople } from "./find-names";
import type { Person, QuoteSpan } from "./types";

export type Mention = { person: Person; at: number };

// People introduced in apposition, and people already met named again, outside quotations.
export function mentionsIn(text: string, spans: QuoteSpan[], people: Person[]): Mention[] {
  const isQuoted = (at: number) => spans.some((span) => at >= span.start && at < span.end);
  const found: Mention[] = mentionsOfPeople(text);
  for (const person of people) {
    for (const form of new Set([person.name, person.name.split(" ").at(-1)!])) {
      if (!/^\p{Lu}/u.test(form)) continue;
      for (const match of text.matchAll(new RegExp(`(?<![\\p{L}])${escapeRegExp(form)}(?![\\p{L}])`, "gu"))) {
        if (!isAfterPreposition(text, match.index)) found.push({ person, at: match.index });
      }
    }
  }
  return found.filter((mention) => !isQuoted(mention.at)).sort((a, b) => a.at - b.at);
}

// One Person per name: a later mention adds a role the first one lacked.
export function remember(people: Person[], person: Person): Person {
  const known = people.find((other) => isSamePerson(other, person));
  if (!known) {
    const added = { ...person };
    people.push(added);
    return added;
  }
  if (!known.role && person.role) known.role = person.role;
  return known;
}

export function isSamePerson(a: Person, b: Person): boolean {
  return a.name === b.name || sameSurname(a.name, b.name);
}

function sameSurname(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return /^\p{Lu}/u.test(shorter) && longer.split(" ").length > 1 && longer.endsWith(` ${shorter}`);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
