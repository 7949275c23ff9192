import { attributeQuotes } from "./attribute-quotes";
import { buildMdx, type MdxBlock } from "./build-mdx";
import { collectUnsure, ROLE_UNKNOWN } from "./collect-unsure";
import { findQuotes } from "./find-quotes";
import { findSpokenLanguage } from "./find-spoken-language";
import { makeIdMaker } from "./make-ids";
import { NewReportError } from "./new-report-error";
import { speakerKeys } from "./speaker-keys";
import { splitBlocks } from "./split-blocks";
import { splitIncises } from "./split-incises";
import type { Person, QuoteDecision, UnsureItem } from "./types";

export type ProposeOptions = { text: string; title?: string; date?: string; outlet?: string; targetLanguages: string[] };
export type Proposal = {
  mdx: string;
  unsure: UnsureItem[];
  blocks: MdxBlock[];
  decisions: { decision: QuoteDecision; id: string; speakerKey: string | null }[];
  speakers: Record<string, { name: string; role: string }>;
};

const DATE = /^\d{4}(-\d{2}){0,2}$/;

// Plain French text → the report's MDX with everything it proposes and is unsure of.
export function proposeReport({ text, title, date, outlet, targetLanguages }: ProposeOptions): Proposal {
  const split = splitBlocks(text);
  const chosenTitle = title ?? split.title ?? missing("--title (the text has no title line)");
  const chosenDate = date ?? split.date ?? missing('--date (the text does not start with "date YYYY-MM")');
  if (!DATE.test(chosenDate)) throw new NewReportError(`invalid date "${chosenDate}": YYYY, YYYY-MM or YYYY-MM-DD`);
  if (!outlet) missing("--outlet (the text does not name its outlet)");
  if (split.blocks.length === 0) throw new NewReportError("the text has no paragraph");

  const spans = split.blocks.map((block) => splitIncises(block.text, findQuotes(block.text)));
  const decisions = attributeQuotes(split.blocks, spans, outlet!);
  const spoken = [...new Set(decisions.flatMap((decision) => (decision.speaker ? [decision.speaker] : [])))];
  const keys = speakerKeys(spoken);
  const speakers = Object.fromEntries(spoken.map((person: Person) => [keys.get(person)!, { name: person.name, role: person.role ?? ROLE_UNKNOWN }]));

  const makeId = makeIdMaker();
  const blockIds = split.blocks.map((block) => makeId(block.kind === "heading" ? "h" : "p", block.text));
  const named = decisions.map((decision) => ({
    decision,
    id: makeId(decision.kind === "term" ? "t" : "q", split.blocks[decision.blockIndex].text.slice(decision.span.start, decision.span.end)),
    speakerKey: decision.speaker ? keys.get(decision.speaker)! : null,
  }));
  const blocks: MdxBlock[] = split.blocks.map((block, index) => ({
    ...block,
    id: blockIds[index],
    quotes: named
      .filter((entry) => entry.decision.blockIndex === index)
      .map((entry) => ({
        span: entry.decision.span,
        id: entry.id,
        kind: entry.decision.kind,
        speakerKey: entry.speakerKey,
        spokenIn: findSpokenLanguage(block.text, entry.decision.span),
      })),
  }));
  const unsure = collectUnsure({ dateFromText: split.date, titleLine: split.title, givenDate: date, givenTitle: title, blocks, decisions: named, speakers });
  const mdx = buildMdx({ title: chosenTitle, date: chosenDate, outlet: outlet!, targetLanguages, speakers, blocks, unsure });
  return { mdx, unsure, blocks, decisions: named, speakers };
}

function missing(what: string): never {
  throw new NewReportError(`missing ${what}`);
}
