import fs from "node:fs";
import path from "node:path";
import { validateXML, type XMLFileInfo } from "xmllint-wasm";
import { fileRefusal } from "./file-refusal";
import { descendants, type XmlElement } from "./xml-tree";

// The official XLIFF 2.0 schemas, vendored in lib/exchange/schemas (see its README): the core
// and its modules, checked together through exchange.xsd. libxml2 compiled to
// WebAssembly (xmllint-wasm) needs neither Java nor the network, on a server or in the tests.
const SCHEMA_DIR = path.join(process.cwd(), "lib/exchange/schemas");
const ENTRY = "exchange.xsd";
const MODULES = ["change_tracking", "fs", "glossary", "matches", "metadata", "resource_data", "size_restriction", "validation"];
const PRELOADED = ["xliff_core_2.0.xsd", ...MODULES.map((module) => `modules/${module}.xsd`), "informativeCopiesOf3rdPartySchemas/w3c/xml.xsd"];

let schemaFiles: { entry: XMLFileInfo; preload: XMLFileInfo[] } | null = null;

function loadSchemas() {
  const read = (name: string): XMLFileInfo => ({ fileName: name, contents: fs.readFileSync(path.join(SCHEMA_DIR, name), "utf8") });
  schemaFiles ??= { entry: read(ENTRY), preload: PRELOADED.map(read) };
  return schemaFiles;
}

export type SchemaError = { line: number | null; message: string };

// Every error libxml2 finds, with its line (libxml2 gives no column).
export async function schemaErrors(xml: string): Promise<SchemaError[]> {
  const { entry, preload } = loadSchemas();
  const result = await validateXML({
    xml: { fileName: "file.xlf", contents: xml },
    schema: entry,
    preload,
    // a 10 MB file needs more than the default 32 MB of WebAssembly memory
    maxMemoryPages: 4096,
  });
  return result.errors.map((error) => ({ line: error.loc?.lineNumber ?? null, message: error.message.replace(/^Schemas validity error : /, "") }));
}

// Refuses a file the schemas refuse, naming the first error; the column is that of the element
// libxml2 names on that line, found in the parsed tree.
export async function assertSchemaValid(xml: string, root: XmlElement): Promise<void> {
  const [first] = await schemaErrors(xml);
  if (!first) return;
  const named = /Element '(?:\{[^}]*\})?([^']+)'/.exec(first.message)?.[1];
  const element = first.line === null ? undefined : [root, ...descendants(root)].find((candidate) => candidate.line === first.line && (!named || candidate.local === named));
  throw fileRefusal("schema", first.line === null ? null : { line: first.line, column: element?.column ?? null }, first.message);
}
