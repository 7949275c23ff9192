import { parseInlineMarkup } from "@/lib/quotes/inline-markup";
import type { XmlBuildNode } from "./xliff-inline";
import type { XmlNode } from "./xml-tree";

// Memory text (plain text with <q id> spans) inside a TMX <seg>: each quotation's boundaries
// are a <bpt>/<ept> pair holding the native markup, as TMX 1.4b §3.7 asks of paired codes,
// so that reading the <seg> back gives exactly the text written.
export function tmxSegNodes(markup: string): XmlBuildNode[] {
  let pair = 0;
  return parseInlineMarkup(markup).segments.flatMap((segment): XmlBuildNode[] => {
    if (segment.type === "text") return [{ "#text": segment.text }];
    pair += 1;
    return [
      { bpt: [{ "#text": `<q id="${segment.id}">` }], ":@": { i: String(pair), type: "x-quote" } },
      ...(segment.text ? [{ "#text": segment.text }] : []),
      { ept: [{ "#text": "</q>" }], ":@": { i: String(pair) } },
    ];
  });
}

// A <seg> read back: text, our quotation codes as markup; other tools' codes (bpt/ept/ph/it/ut
// of formatting) are dropped with their native data, keeping the words, <hi> is read through.
export function tmxSegMarkup(nodes: XmlNode[]): string {
  return nodes
    .map((node) => {
      if (node.kind === "text") return node.text;
      const native = node.children.map((child) => (child.kind === "text" ? child.text : "")).join("");
      if ((node.local === "bpt" || node.local === "ept") && /^(<q id="[a-z0-9][a-z0-9-]*">|<\/q>)$/.test(native)) return native;
      if (node.local === "hi") return tmxSegMarkup(node.children);
      return "";
    })
    .join("");
}
