import { meaningfulSlugWords, slugWord } from "./slug-words";
import type { Person } from "./types";

// Front-matter keys for the speakers, as the hand-made report names them: the surname
// ("Aïguerim Agyltaeïeva" → agyltaeieva), or the words of an unnamed source ("le gouvernement"
// → gouvernement); a key two people would share gets -2.
export function speakerKeys(people: Person[]): Map<Person, string> {
  const keys = new Map<Person, string>();
  const taken = new Set<string>();
  for (const person of people) {
    const isName = /^\p{Lu}/u.test(person.name);
    const base = (isName ? slugWord(person.name.split(" ").at(-1)!) : meaningfulSlugWords(person.name, 3).join("-")) || "speaker";
    let key = base;
    for (let n = 2; taken.has(key) || key === "not-stated"; n += 1) key = `${base}-${n}`;
    taken.add(key);
    keys.set(person, key);
  }
  return keys;
}
