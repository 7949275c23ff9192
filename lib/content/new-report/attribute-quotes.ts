import { withEchoes } from "./find-echoes";
import { findSpeaker } from "./find-speaker";
import { isTerm, termSource } from "./find-term";
import { isSamePerson, mentionsIn, remember } from "./people";
import type { Block, Person, QuoteDecision, QuoteSpan } from "./types";

// Walks the report in order and decides, for every quotation, whether it is speech or a term
// and who said it: a name in the attribution; a pronoun, read as the last person named (sure
// when they, and nobody else, were named in this block or the one before); a quotation following another
// in the same block with no attribution of its own, the same speaker; otherwise the person
// named earlier in the block, then a quotation repeating words quoted elsewhere (unsure).
export function attributeQuotes(blocks: Block[], spans: QuoteSpan[][], outlet: string | null): QuoteDecision[] {
  const people: Person[] = [];
  const decisions: QuoteDecision[] = [];
  let last: Person | null = null;
  let seenBefore: Person[] = [];
  // a quotation left open at the end of a block goes on in the next one (French opens each paragraph of it again)
  let carried: QuoteDecision | null = null;

  blocks.forEach((block, blockIndex) => {
    const mentions = mentionsIn(block.text, spans[blockIndex], people);
    const seenHere: Person[] = [];
    let previous: QuoteDecision | null = null;
    const catchUp = (upTo: number) => {
      while (mentions.length && mentions[0].at < upTo) {
        const { person } = mentions.shift()!;
        last = remember(people, person);
        seenHere.push(last);
      }
    };
    for (const span of spans[blockIndex]) {
      const othersBetween = mentions.some(
        (mention) => mention.at < span.open && (!previous?.speaker || !isSamePerson(mention.person, previous.speaker)),
      );
      catchUp(span.open);
      const namedHere = seenHere.at(-1) ?? null;
      const opensBlock = !previous && block.text.slice(0, span.open).trim() === "";
      const context = { outlet, last, previous, othersBetween, namedHere, carried: opensBlock ? carried : null, window: [...seenBefore, ...seenHere], people };
      const decision = decide(block.text, span, blockIndex, context);
      decisions.push(decision);
      if (decision.kind === "speech") {
        previous = decision;
        if (decision.speaker) {
          last = decision.speaker;
          seenHere.push(decision.speaker);
        }
      }
    }
    catchUp(Infinity);
    seenBefore = seenHere;
    const lastSpeech = decisions.filter((decision) => decision.blockIndex === blockIndex && decision.kind === "speech").at(-1);
    carried = lastSpeech?.span.close === null && lastSpeech.speaker ? lastSpeech : null;
  });
  return withEchoes(decisions, blocks);
}

type Context = {
  outlet: string | null;
  last: Person | null;
  previous: QuoteDecision | null;
  // someone other than the previous quotation's speaker named since it (or since the block began)
  othersBetween: boolean;
  namedHere: Person | null;
  carried: QuoteDecision | null;
  window: Person[];
  people: Person[];
};

function decide(text: string, span: QuoteSpan, blockIndex: number, context: Context): QuoteDecision {
  const base = { blockIndex, span };
  const attribution = findSpeaker(text, span, context.outlet);
  const words = text.slice(span.start, span.end);
  if (attribution.kind === "none" && isTerm(words)) {
    const source = termSource(text, span);
    return { ...base, kind: "term", speaker: source, reason: source ? `"par ${source.name}" after the term` : null, isSure: !source };
  }
  if (attribution.kind === "named") {
    const speaker = remember(context.people, attribution.person);
    return { ...base, kind: "speech", speaker, reason: attribution.isVague ? `${attribution.how}: nobody named` : attribution.how, isSure: !attribution.isVague };
  }
  if (attribution.kind === "pronoun" && attribution.pronoun === "on") {
    return { ...base, kind: "speech", speaker: null, reason: `${attribution.how}: "on" names nobody`, isSure: false };
  }
  if (attribution.kind === "pronoun") {
    if (!context.last) return { ...base, kind: "speech", speaker: null, reason: `${attribution.how}, but nobody is named before`, isSure: false };
    const others = new Set(context.window.map((person) => person.name));
    others.add(context.last.name);
    const isPlural = attribution.pronoun.endsWith("s");
    const isRecent = context.window.includes(context.last);
    const among = others.size > 1 ? `, among ${[...others].join(", ")}` : "";
    const note = `${among}${isRecent ? "" : ", some paragraphs before"}${isPlural ? " (a plural pronoun)" : ""}`;
    return { ...base, kind: "speech", speaker: context.last, reason: `${attribution.how}: the last person named${note}`, isSure: others.size === 1 && isRecent && !isPlural };
  }
  if (attribution.kind === "unnamed") {
    return { ...base, kind: "speech", speaker: null, reason: `${attribution.how}, but nobody is named`, isSure: false };
  }
  if (context.carried?.speaker) {
    return { ...base, kind: "speech", speaker: context.carried.speaker, reason: "goes on with their quotation left open in the paragraph before", isSure: true };
  }
  if (context.previous?.speaker && !context.othersBetween) {
    return { ...base, kind: "speech", speaker: context.previous.speaker, reason: "follows their quotation in the same paragraph", isSure: true };
  }
  if (context.namedHere) {
    return { ...base, kind: "speech", speaker: context.namedHere, reason: "no attribution: the person named before it in the paragraph", isSure: false };
  }
  return { ...base, kind: "speech", speaker: null, reason: null, isSure: false };
}
