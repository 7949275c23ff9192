import type { TranslationState } from "@/lib/workflow/states";
import { OWN_WORDS } from "./build-xliff";
import { MDA_NS, NR_PREFIX, XLIFF_NS, fromXliffState } from "./xliff-states";
import { attribute, childElements, descendants, type XmlElement, type XmlNode } from "./xml-tree";

export type UnitProblem =
  | { code: "inline-code"; element: string }
  | { code: "nested-quote"; quote: string }
  | { code: "partial-target" }
  | { code: "markup-typed" }
  | { code: "bad-code-point" };

export type FileUnit = {
  id: string;
  line: number;
  column: number;
  // the joined targets of its segments as paragraph markup; null when the unit has none
  target: string | null;
  fileState: TranslationState;
  baseVersion: number | null;
  sourceHash: string | null;
  // the quotations marked as the speaker's own words; null when the file says nothing of them
  ownWords: { quoteKey: string; note: string }[] | null;
  problems: UnitProblem[];
};

const QUOTE_TOKEN = /<q id="[^"]*">|<\/q>/;

// What an import reads of each unit: its target as our markup (quotations from their paired
// codes, annotations <mrk>/<sm>/<em> read through, <cp> as its character), the state the file
// gives it, and the newsroom's metadata when the file kept it. Inline codes a paragraph cannot
// hold (<ph>, <sc>/<ec>, a <pc> that is not a quotation) are problems of the unit, never dropped.
export function readXliffUnits(root: XmlElement): FileUnit[] {
  return [...descendants(root)].filter((element) => element.uri === XLIFF_NS && element.local === "unit").map(readUnit);
}

function readUnit(unit: XmlElement): FileUnit {
  const parts = childElements(unit).filter((child) => child.uri === XLIFF_NS && (child.local === "segment" || child.local === "ignorable"));
  const segments = parts.filter((part) => part.local === "segment");
  const targetOf = (part: XmlElement) => childElements(part, "target", XLIFF_NS)[0];
  const translated = segments.filter((segment) => targetOf(segment));
  const problems: UnitProblem[] = [];
  let target: string | null = null;
  if (translated.length > 0) {
    if (translated.length < segments.length) problems.push({ code: "partial-target" });
    // Parts in the target's order (a tool may reorder segments), an ignorable's source where it has no target.
    const ordered = parts
      .map((part, index) => ({ part, order: Number(attribute(targetOf(part) ?? part, "order") ?? index + 1) }))
      .sort((a, b) => a.order - b.order);
    target = ordered.map(({ part }) => inlineMarkup((targetOf(part) ?? childElements(part, "source", XLIFF_NS)[0]).children, problems, false)).join("");
  }
  const [first] = segments;
  const metadata = readMetadata(unit);
  return {
    id: attribute(unit, "id") ?? "",
    line: unit.line,
    column: unit.column,
    target,
    fileState: fromXliffState(first && attribute(first, "state"), first && attribute(first, "subState"), target !== null),
    ...metadata,
    problems,
  };
}

function inlineMarkup(nodes: XmlNode[], problems: UnitProblem[], isInQuote: boolean): string {
  return nodes
    .map((node) => {
      if (node.kind === "text") {
        if (QUOTE_TOKEN.test(node.text)) problems.push({ code: "markup-typed" });
        return node.text;
      }
      if (node.uri !== XLIFF_NS) return "";
      switch (node.local) {
        case "mrk":
          return inlineMarkup(node.children, problems, isInQuote);
        case "sm":
        case "em":
          return "";
        case "cp": {
          const code = Number.parseInt(attribute(node, "hex") ?? "", 16);
          if (!(code <= 0x10ffff)) problems.push({ code: "bad-code-point" });
          return code <= 0x10ffff ? String.fromCodePoint(code) : "";
        }
        case "pc": {
          const id = attribute(node, "id") ?? "";
          if (attribute(node, "type") !== "quote") break;
          if (isInQuote) {
            problems.push({ code: "nested-quote", quote: id });
            return inlineMarkup(node.children, problems, true);
          }
          return `<q id="${id}">${inlineMarkup(node.children, problems, true)}</q>`;
        }
      }
      problems.push({ code: "inline-code", element: node.local });
      return "";
    })
    .join("");
}

function readMetadata(unit: XmlElement): Pick<FileUnit, "baseVersion" | "sourceHash" | "ownWords"> {
  const groups = childElements(unit, "metadata", MDA_NS).flatMap((metadata) => childElements(metadata, "metaGroup", MDA_NS));
  const metas = (group: XmlElement) => new Map(childElements(group, "meta", MDA_NS).map((meta) => [attribute(meta, "type") ?? "", textOf(meta)]));
  const translation = groups.find((group) => attribute(group, "category") === `${NR_PREFIX}:translation`);
  const values = translation ? metas(translation) : new Map<string, string>();
  const base = values.get("baseVersion");
  const quotations = groups.filter((group) => attribute(group, "category") === `${NR_PREFIX}:quotation`);
  const ownWords = quotations.flatMap((group) => {
    const quoteKey = metas(group).get("quotation") ?? "";
    const onTarget = childElements(group, "metaGroup", MDA_NS).find((inner) => attribute(inner, "appliesTo") === "target");
    const target = onTarget ? metas(onTarget) : new Map<string, string>();
    return target.get("provenance") === OWN_WORDS ? [{ quoteKey, note: target.get("ownWordsNote") ?? "" }] : [];
  });
  return {
    baseVersion: base !== undefined && /^\d+$/.test(base) ? Number(base) : null,
    sourceHash: values.get("sourceHash") ?? null,
    ownWords: quotations.length > 0 ? ownWords : null,
  };
}

function textOf(element: XmlElement): string {
  return element.children.map((child) => (child.kind === "text" ? child.text : textOf(child))).join("");
}
