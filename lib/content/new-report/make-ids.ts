import { meaningfulSlugWords } from "./slug-words";

const WORDS_PER_ID = 4;

// Ids made from a text's words: the same text gives the same ids on every run; a repeated id
// gets -2, -3… in order of appearance. One `taken` set for the whole report, because paragraph
// and quotation ids share one namespace in the parser.
export function makeIdMaker(): (prefix: "p" | "h" | "q" | "t", text: string) => string {
  const taken = new Set<string>();
  return (prefix, text) => {
    const words = meaningfulSlugWords(text, WORDS_PER_ID);
    const base = [prefix, ...(words.length ? words : ["sans-mots"])].join("-");
    let id = base;
    for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
