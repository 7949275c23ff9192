import { XMLBuilder } from "fast-xml-parser";
import type { TranslationState } from "@/lib/workflow/states";
import { inlineNodes, type XmlBuildNode } from "./xliff-inline";
import { MDA_NS, NR_PREFIX, toXliffState, XLIFF_NS } from "./xliff-states";

export const NOT_STATED = "not stated";
export const OWN_WORDS = "the speaker's own words";

export type XliffQuote = { key: string; kind: string; speakerName: string | null; speakerRole: string | null; spokenLanguage: string | null };
export type XliffUnit = {
  id: string;
  kind: string;
  sourceText: string;
  sourceHash: string;
  quotes: XliffQuote[];
  state: TranslationState;
  version: number;
  target: { text: string; sourceHash: string; author: string; ownWords: Map<string, string> } | null;
  approval: { by: string; at: Date } | null;
  comments: { id: string; author: string; at: Date; body: string }[];
};
export type XliffDocument = { slug: string; srcLang: string; trgLang: string; units: XliffUnit[] };

type Attributes = Record<string, string>;
const node = (name: string, attributes: Attributes, children: XmlBuildNode[]): XmlBuildNode => ({ [name]: children, ":@": attributes });
const text = (value: string): XmlBuildNode => ({ "#text": value });
const meta = (type: string, value: string) => node("mda:meta", { type }, [text(value)]);

// The layout (indentation) is the builder's; mixed content (source, target) must keep its exact
// whitespace, so each is built on its own without layout and put in place of a marker the
// outer builder leaves untouched. Both builders escape every text and attribute.
const layout = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", format: true, indentBy: "  ", suppressEmptyNode: true });
const inline = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", format: false });
const MARKER = /\u0000(\d+)\u0000/g;

export function buildXliff(document: XliffDocument): string {
  const inlines: string[] = [];
  const mixed = (markup: string): XmlBuildNode[] => {
    inlines.push(inline.build(inlineNodes(markup)));
    return [text(`\u0000${inlines.length - 1}\u0000`)];
  };
  const root = node(
    "xliff",
    { xmlns: XLIFF_NS, "xmlns:mda": MDA_NS, version: "2.0", srcLang: document.srcLang, trgLang: document.trgLang },
    [node("file", { id: `f-${document.slug}`, original: `reports/${document.slug}` }, document.units.map((unit) => unitNode(unit, document.srcLang, mixed)))],
  );
  const body = layout.build([root]).trim().replace(MARKER, (_, index: string) => inlines[Number(index)]);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`;
}

function unitNode(unit: XliffUnit, srcLang: string, mixed: (markup: string) => XmlBuildNode[]): XmlBuildNode {
  const notes = unit.comments.map((comment) =>
    node("note", { id: comment.id, category: "comment" }, [text(`${comment.author}, ${comment.at.toISOString()}: ${comment.body}`)]),
  );
  const xliffState = unit.target ? toXliffState(unit.state) : null;
  const segmentAttributes: Attributes = xliffState ? { state: xliffState.state, ...(xliffState.subState ? { subState: xliffState.subState } : {}) } : {};
  const segment = node("segment", segmentAttributes, [
    node("source", { "xml:space": "preserve" }, mixed(unit.sourceText)),
    ...(unit.target ? [node("target", { "xml:space": "preserve" }, mixed(unit.target.text))] : []),
  ]);
  return node("unit", { id: unit.id, name: unit.kind }, [metadataNode(unit, srcLang), ...(notes.length ? [node("notes", {}, notes)] : []), segment]);
}

function metadataNode(unit: XliffUnit, srcLang: string): XmlBuildNode {
  const translation = [
    meta("state", unit.state),
    meta("baseVersion", String(unit.version)),
    meta("sourceHash", unit.sourceHash),
    ...(unit.target ? [meta("targetSourceHash", unit.target.sourceHash), meta("author", unit.target.author)] : []),
  ];
  const approval = unit.approval
    ? [meta("approvedBy", unit.approval.by), meta("approvedAt", unit.approval.at.toISOString())]
    : [meta("approvedBy", "not approved")];
  return node("mda:metadata", {}, [
    node("mda:metaGroup", { category: `${NR_PREFIX}:translation` }, translation),
    node("mda:metaGroup", { category: `${NR_PREFIX}:approval` }, approval),
    ...unit.quotes.map((quote) => quoteGroup(quote, unit, srcLang)),
  ]);
}

function quoteGroup(quote: XliffQuote, unit: XliffUnit, srcLang: string): XmlBuildNode {
  const note = unit.target?.ownWords.get(quote.key);
  const source = quote.spokenLanguage === null ? "as published: the language the speaker used is not stated" : `as published, spoken in ${quote.spokenLanguage}`;
  const target = note === undefined ? `our translation from ${srcLang}, not the speaker's words` : OWN_WORDS;
  return node("mda:metaGroup", { category: `${NR_PREFIX}:quotation` }, [
    meta("quotation", quote.key),
    meta("kind", quote.kind),
    meta("speaker", quote.speakerName ?? NOT_STATED),
    meta("role", quote.speakerRole ?? NOT_STATED),
    meta("spokenLanguage", quote.spokenLanguage ?? NOT_STATED),
    node("mda:metaGroup", { appliesTo: "source" }, [meta("provenance", source)]),
    ...(unit.target
      ? [node("mda:metaGroup", { appliesTo: "target" }, [meta("provenance", target), ...(note === undefined ? [] : [meta("ownWordsNote", note)])])]
      : []),
  ]);
}
