import { fileRefusal } from "./file-refusal";
import { assertSchemaValid } from "./validate-xliff-schema";
import { findSpecViolation, type SpecCheckOptions } from "./xliff-spec-checks";
import { XLIFF_NS } from "./xliff-states";
import { attribute, parseXmlTree, type XmlElement } from "./xml-tree";

export const MAX_EXCHANGE_FILE_BYTES = 10 * 1024 * 1024;

// Bytes as sent to text: at most maxBytes (MAX_EXCHANGE_FILE_BYTES; a TMX file has its own,
// lib/http/body-limits.ts), strict UTF-8 (a BOM is dropped).
export function decodeExchangeFile(bytes: Uint8Array, maxBytes = MAX_EXCHANGE_FILE_BYTES): string {
  if (bytes.byteLength > maxBytes) throw fileRefusal("too-large", null, `${maxBytes}`);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw fileRefusal("not-utf8", null);
  }
}

// A conforming XLIFF 2.0 document, or a refusal naming the first problem and where it is:
// well-formed XML without DTD (xml-tree.ts), an <xliff version="2.0"> root, valid against the
// official schemas (validate-xliff-schema.ts), then the specification's own requirements.
export async function readXliffFile(text: string, options: SpecCheckOptions = {}): Promise<XmlElement> {
  const root = parseXmlTree(text);
  if (root.uri !== XLIFF_NS || root.local !== "xliff" || attribute(root, "version") !== "2.0") {
    throw fileRefusal("not-xliff", { line: root.line, column: root.column }, `<${root.name}> ${root.uri}`);
  }
  await assertSchemaValid(text, root);
  const violation = findSpecViolation(root, options);
  if (violation) throw fileRefusal("specification", { line: violation.element.line, column: violation.element.column }, violation.message);
  return root;
}
