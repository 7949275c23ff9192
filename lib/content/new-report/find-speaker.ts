import { allNames, NAME, readName, readRole } from "./find-names";
import { PARTICIPLE, PRESENT, REFLEXIVE, SUBJECT_PRONOUN } from "./speech-verbs";
import type { Attribution, Person, QuoteSpan } from "./types";

// What the words around one quotation say about its speaker: an attribution after it
// ("…", raconte-t-elle / explique Aïguerim Agyltaeïeva, rédactrice… / a déclaré X / selon lui)
// or before it in the same sentence (X, role, affirme : « … »). A pronoun is resolved by the caller.
const LEAD = String.raw`^[\s,—–-]*`;
const INVERTED = new RegExp(`${LEAD}${REFLEXIVE}(?:${PRESENT})(?:-t)?-(${SUBJECT_PRONOUN})(?![\\p{L}])`, "iu");
const INVERTED_PAST = new RegExp(`${LEAD}(?:a-t|ont)-(${SUBJECT_PRONOUN})\\s+(?:${PARTICIPLE})(?![\\p{L}])`, "iu");
const VERB_THEN = new RegExp(`${LEAD}(?:(?:a|ont)\\s+(?:${PARTICIPLE})|${REFLEXIVE}(?:${PRESENT}))\\s+`, "iu");
const SELON_PRONOUN = new RegExp(`${LEAD}(?:selon|d['’]après|pour)\\s+(lui|elle|eux|elles)(?![\\p{L}])`, "iu");
const SELON_NAME = new RegExp(`${LEAD}(?:selon|d['’]après)\\s+(?=${NAME})`, "iu");
const HEAD_VERB = new RegExp(`(?:(?:a|ont)\\s+(?:${PARTICIPLE})|(?:${PRESENT}))\\s*:?\\s*$`, "iu");
const HEAD_PRONOUN = new RegExp(`^(${SUBJECT_PRONOUN}|lui|eux)[\\s,]`, "iu");
const HEAD_ACCORDING = /^(?:pour|selon|d['’]après)\s+(?=.*[:,]\s*$)/iu;
// a speaker described, not named: "Un soldat", "une habitante du quartier", "le porte-parole"
const DESCRIBED = /^(?:un|une|le|la|l['’])\s?\p{Ll}[\p{Ll}-]+(?:\s(?:du|de la|des|de|d['’])\s?[\p{L}-]+)?/iu;
const PRONOUN_OF: Record<string, string> = { lui: "il", eux: "ils" };

export function findSpeaker(text: string, span: QuoteSpan, outlet: string | null): Attribution {
  const tail = text.slice(span.after);
  return fromTail(sentenceOf(tail), outlet) ?? fromHead(text.slice(sentenceStart(text, span.open), span.open)) ?? { kind: "none" };
}

function fromTail(tail: string, outlet: string | null): Attribution | null {
  const inverted = INVERTED.exec(tail) ?? INVERTED_PAST.exec(tail);
  if (inverted) return { kind: "pronoun", pronoun: inverted[1].toLowerCase(), how: `"${inverted[0].replace(/^[\s,—–-]+/u, "")}"` };
  const selon = SELON_PRONOUN.exec(tail);
  if (selon) return { kind: "pronoun", pronoun: PRONOUN_OF[selon[1].toLowerCase()] ?? selon[1].toLowerCase(), how: `"${selon[0].trim()}"` };
  const verb = VERB_THEN.exec(tail) ?? SELON_NAME.exec(tail);
  if (!verb) return null;
  const said = verb[0].replace(/^[\s,—–-]+/u, "").trim();
  const found = personAfterVerb(tail.slice(verb[0].length), outlet);
  if (!found) return { kind: "unnamed", how: `"${said}"` };
  return { kind: "named", person: found.person, how: `"${said} … ${found.person.name}"`, isVague: found.isVague };
}

// "à France 24 Dinara, habitante…", "à l'AFP le porte-parole, Dmitri Peskov", "Aïguerim
// Agyltaeïeva, rédactrice…", "la directrice, Nurjan Mukhamedzhanova", "un voisin" (vague)
function personAfterVerb(rest: string, outlet: string | null): { person: Person; isVague: boolean } | null {
  const from = pastAddressee(rest, outlet);
  const name = readName(rest, from);
  if (name) {
    const role = rest.startsWith(", ", name.end) ? readRole(rest, name.end + 2, true) : null;
    return { person: { name: name.name, role }, isVague: false };
  }
  const later = allNames(rest.slice(from))[0];
  if (later) {
    const role = rest.slice(from, from + later.start).replace(/[\s,]+$/u, "");
    return { person: { name: later.name, role: /^\p{Ll}/u.test(role) ? role : null }, isVague: false };
  }
  const described = DESCRIBED.exec(rest.slice(from));
  return described ? { person: { name: lowerFirst(described[0]), role: null }, isVague: true } : null;
}

// Where the speaker starts after whom they spoke to: the outlet, or a run of capitalised words
// whose last name is the speaker's when there are two ("à France 24 Dinara").
function pastAddressee(rest: string, outlet: string | null): number {
  const addressee = /^(?:à|au|aux)\s+/u.exec(rest);
  if (!addressee) return 0;
  const afterTo = rest.slice(addressee[0].length);
  let from = addressee[0].length;
  if (outlet && afterTo.startsWith(outlet)) from += outlet.length;
  else {
    const run = /^(?:l['’])?(?:[\p{Lu}\d][\p{L}\d'’-]*\s*)+/u.exec(afterTo)?.[0] ?? "";
    const names = allNames(run);
    from += names.length >= 2 ? names[names.length - 1].start : run.length;
  }
  while (/\s/u.test(rest[from] ?? "")) from += 1;
  return from;
}

// "Bolatbek Bulgakbaev, ex-colonel…, affirme : « … »", "Il ajoute : « … »",
// "Pour Andriï Petrenko, professeur d’histoire : « … »", "Un soldat, qui…, résume : « … »"
function fromHead(rawHead: string): Attribution | null {
  const head = rawHead.trimStart();
  const how = `"${head.trim()}"`;
  const according = HEAD_ACCORDING.exec(head);
  if (!according && !HEAD_VERB.test(head)) return null;
  const subject = according ? head.slice(according[0].length) : head;
  const pronoun = HEAD_PRONOUN.exec(subject);
  if (pronoun) return { kind: "pronoun", pronoun: PRONOUN_OF[pronoun[1].toLowerCase()] ?? pronoun[1].toLowerCase(), how };
  const name = readName(subject);
  if (name) {
    const role = subject.startsWith(", ", name.end) ? readRole(subject, name.end + 2, false) : null;
    return { kind: "named", person: { name: name.name, role }, how };
  }
  const described = DESCRIBED.exec(subject);
  return described && !according ? { kind: "named", person: { name: lowerFirst(described[0]), role: null }, how, isVague: true } : null;
}

// The rest of the sentence the quotation sits in, up to the next quotation mark.
function sentenceOf(tail: string): string {
  const end = tail.search(/[«“"]|[.!?…](?=\s+\p{Lu}|\s*$)/u);
  return end === -1 ? tail : tail.slice(0, end + 1);
}

function sentenceStart(text: string, before: number): number {
  const head = text.slice(0, before);
  const match = /.*[.!?…»”"]\s+(?=\p{Lu})/su.exec(head);
  return match ? match[0].length : 0;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
