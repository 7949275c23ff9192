import { Document, type YAMLSeq } from "yaml";
import { escapeMdxLineStart, escapeMdxText } from "./escape-mdx";
import type { Block, QuoteSpan, UnsureItem } from "./types";

export type MdxBlock = Block & { id: string; quotes: MdxQuote[] };
export type MdxQuote = { span: QuoteSpan; id: string; kind: "speech" | "term"; speakerKey: string | null; spokenIn?: string | null };
export type MdxReport = {
  title: string;
  date: string;
  outlet: string;
  targetLanguages: string[];
  speakers: Record<string, { name: string; role: string }>;
  blocks: MdxBlock[];
  unsure: UnsureItem[];
};

const NOT_STATED = "not-stated";

// The report's MDX in the hand-made report's conventions (content/reports/almaty-janvier-2022.mdx):
// front matter, the list to check in an MDX comment, then one <Paragraph>/<Heading> per block
// with the quotation marks outside <Quote>/<Term>.
export function buildMdx(report: MdxReport): string {
  const front = new Document({
    title: report.title,
    date: report.date,
    outlet: report.outlet,
    originalLanguage: "fr",
    targetLanguages: report.targetLanguages,
    ...(Object.keys(report.speakers).length ? { speakers: report.speakers } : {}),
  });
  (front.get("targetLanguages", true) as YAMLSeq).flow = true;
  const parts = [`---\n${front.toString({ lineWidth: 0, flowCollectionPadding: false })}---\n`];
  if (report.unsure.length) parts.push(reviewComment(report.unsure));
  for (const block of report.blocks) {
    const tag = block.kind === "heading" ? "Heading" : "Paragraph";
    parts.push(`<${tag} id="${block.id}">\n${escapeMdxLineStart(blockBody(block))}\n</${tag}>\n`);
  }
  return parts.join("\n");
}

function blockBody(block: MdxBlock): string {
  let body = "";
  let at = 0;
  for (const quote of block.quotes) {
    body += escapeMdxText(block.text.slice(at, quote.span.start));
    body += `${openTag(quote)}${escapeMdxText(block.text.slice(quote.span.start, quote.span.end))}</${quote.kind === "term" ? "Term" : "Quote"}>`;
    at = quote.span.end;
  }
  return body + escapeMdxText(block.text.slice(at));
}

function openTag(quote: MdxQuote): string {
  const who = quote.speakerKey ?? NOT_STATED;
  if (quote.kind === "term") return `<Term id="${quote.id}" attributedTo="${who}">`;
  return `<Quote id="${quote.id}" speaker="${who}" spokenIn="${quote.spokenIn ?? NOT_STATED}"${quote.span.close === null ? " unclosed" : ""}>`;
}

// An MDX comment ends at "*/" and its braces are counted by the parser: neither may appear.
function reviewComment(items: UnsureItem[]): string {
  const safe = (text: string) => text.replace(/\*\//g, "* /").replace(/\{/g, "(").replace(/\}/g, ")");
  const lines = items.map((item) => `- ${safe(item.where)}: ${safe(item.what)}`);
  return `{/*\nTo check before npm run content:sync (proposed by npm run content:new; delete this comment once checked):\n${lines.join("\n")}\n*/}\n`;
}
