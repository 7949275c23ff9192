import { SaxesParser } from "saxes";
import { fileRefusal } from "./file-refusal";

export type XmlAttribute = { uri: string; local: string; name: string; value: string };
export type XmlElement = {
  kind: "element";
  uri: string;
  local: string;
  name: string;
  attributes: XmlAttribute[];
  children: XmlNode[];
  line: number;
  column: number;
};
export type XmlText = { kind: "text"; text: string };
export type XmlNode = XmlElement | XmlText;

// Deeper than any XLIFF a tool writes (xliff/file/group…/unit/segment/target/pc/mrk…).
const MAX_DEPTH = 64;

// Reads an exchange file into a tree that keeps where each element starts, so that every
// refusal can name its line and column. saxes checks well-formedness and namespaces as the
// XML specifications say; a DOCTYPE is refused before anything is read from it, so there are
// no external entities (XXE) and no entity declarations to expand ("billion laughs"): only the
// five predefined entities and character references exist.
// isExternalDoctypeAllowed: TMX files name their DTD (<!DOCTYPE tmx SYSTEM "tmx14.dtd">); saxes
// never fetches it and expands no entity, so such a DOCTYPE is read past. An internal subset
// ("[…]", where entities are declared) is refused all the same.
export type ParseOptions = { isExternalDoctypeAllowed?: boolean };

export function parseXmlTree(text: string, options: ParseOptions = {}): XmlElement {
  const reader = treeReader(options);
  reader.write(text);
  return reader.finish();
}

// Characters fed to the parser between two turns of the event loop: a few tens of milliseconds.
const CHUNK_CHARACTERS = 256 * 1024;

// The same tree, parsed a chunk at a time with the event loop let through in between: a large
// file (a TMX of 50,000 entries, 11 MB: seconds of parsing) must not stall every other request
// of the server, a translator's save among them (npm run bench). saxes carries a surrogate pair
// or a CR LF cut by a chunk over to the next one.
export async function parseXmlTreeYielding(text: string, options: ParseOptions = {}): Promise<XmlElement> {
  const reader = treeReader(options);
  for (let start = 0; start < text.length; start += CHUNK_CHARACTERS) {
    if (!reader.write(text.slice(start, start + CHUNK_CHARACTERS))) break;
    await new Promise((resolve) => setImmediate(resolve));
  }
  return reader.finish();
}

function treeReader(options: ParseOptions): { write: (chunk: string) => boolean; finish: () => XmlElement } {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let failure: Error | null = null;
  const where = () => ({ line: parser.line, column: parser.column });
  // Where the tag starts ("<"), not where saxes finished reading it.
  let openLine = 1;
  let openColumn = 1;

  parser.on("error", (error) => {
    failure ??= fileRefusal("not-well-formed", where(), error.message.replace(/^\d+:\d+: /, ""));
  });
  parser.on("doctype", (doctype) => {
    if (!options.isExternalDoctypeAllowed || doctype.includes("[")) failure ??= fileRefusal("doctype", where());
  });
  parser.on("xmldecl", (declaration) => {
    if (declaration.encoding && !/^utf-?8$/i.test(declaration.encoding)) {
      failure ??= fileRefusal("encoding", where(), declaration.encoding);
    }
  });
  parser.on("opentag", (tag) => {
    if (stack.length >= MAX_DEPTH) failure ??= fileRefusal("too-deep", where(), String(MAX_DEPTH));
    const element: XmlElement = {
      kind: "element",
      uri: tag.uri ?? "",
      local: tag.local ?? tag.name,
      name: tag.name,
      attributes: Object.values(tag.attributes).map((attribute) => ({
        uri: attribute.uri ?? "",
        local: attribute.local ?? attribute.name,
        name: attribute.name,
        value: attribute.value,
      })),
      children: [],
      line: openLine,
      column: openColumn,
    };
    stack.at(-1)?.children.push(element);
    root ??= element;
    stack.push(element);
  });
  parser.on("opentagstart", (tag) => {
    openLine = parser.line;
    openColumn = Math.max(1, parser.column - tag.name.length - 1);
  });
  parser.on("closetag", () => {
    stack.pop();
  });
  const addText = (text: string) => {
    const parent = stack.at(-1);
    if (!parent) return;
    const last = parent.children.at(-1);
    if (last?.kind === "text") last.text += text;
    else parent.children.push({ kind: "text", text });
  };
  parser.on("text", addText);
  parser.on("cdata", addText);

  const guarded = (step: () => void): boolean => {
    if (failure) return false;
    try {
      step();
    } catch (error) {
      failure ??= fileRefusal("not-well-formed", where(), error instanceof Error ? error.message : String(error));
    }
    return !failure;
  };
  return {
    write: (chunk) => guarded(() => parser.write(chunk)),
    finish: () => {
      guarded(() => parser.close());
      if (failure) throw failure;
      if (!root) throw fileRefusal("not-well-formed", where(), "no root element");
      return root;
    },
  };
}

export function attribute(element: XmlElement, local: string, uri = ""): string | undefined {
  return element.attributes.find((candidate) => candidate.local === local && candidate.uri === uri)?.value;
}

export function childElements(element: XmlElement, local?: string, uri?: string): XmlElement[] {
  return element.children.filter(
    (child): child is XmlElement => child.kind === "element" && (local === undefined || child.local === local) && (uri === undefined || child.uri === uri),
  );
}

export function* descendants(element: XmlElement): Generator<XmlElement> {
  for (const child of element.children) {
    if (child.kind !== "element") continue;
    yield child;
    yield* descendants(child);
  }
}
