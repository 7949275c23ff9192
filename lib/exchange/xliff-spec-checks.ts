import { fragmentProblem } from "./xliff-fragments";
import { attribute, childElements, descendants, type XmlElement } from "./xml-tree";
import { XLIFF_NS } from "./xliff-states";

export type SpecViolation = { element: XmlElement; message: string };

const XML_NS = "http://www.w3.org/XML/1998/namespace";
// BCP 47 in outline: a primary subtag of 2–3 or 5–8 letters (or x-/i- for private and old tags), then subtags.
const LANGUAGE_TAG = /^([A-Za-z]{2,3}|[A-Za-z]{5,8}|[xXiI])(-[A-Za-z0-9]{1,8})*$/;
const INLINE = new Set(["ph", "pc", "sc", "ec", "mrk", "sm", "em"]);
const PAIRED_ATTRIBUTES = ["canCopy", "canDelete", "canOverlap", "canReorder", "copyOf", "dir", "subType", "type"];
const XLF_SUBTYPES: Record<string, string[]> = { "xlf:lb": ["fmt"], "xlf:pb": ["fmt"], "xlf:b": ["fmt"], "xlf:i": ["fmt"], "xlf:u": ["fmt"], "xlf:var": ["ui"] };

const core = (element: XmlElement, local?: string) => element.uri === XLIFF_NS && (local === undefined || element.local === local);
const all = (element: XmlElement) => [element, ...descendants(element)];
const coreIn = (element: XmlElement, local: string) => all(element).filter((candidate) => core(candidate, local));

// The processing requirements of XLIFF 2.0 (§4) that no schema expresses and that matter to
// what an import reads: unique ids, languages, paired codes and annotations, references to
// original data, what a target may not drop. The first violation is reported.
// With isDeletionPerUnit, a target that lacks a code its source may not delete is left to the
// import, which refuses that unit alone with its reason (a quotation dropped by the translator
// should not refuse everyone else's work in the file); the conformance check refuses the file.
export type SpecCheckOptions = { isDeletionPerUnit?: boolean };

export function findSpecViolation(root: XmlElement, options: SpecCheckOptions = {}): SpecViolation | null {
  const units = (element: XmlElement) => checkUnits(element, options);
  for (const check of [checkLanguages, checkFileIds, units, checkNotes, checkSkeletons, checkExtensionIds, checkReferences]) {
    const found = check(root);
    if (found) return found;
  }
  return null;
}

function duplicateIn(elements: XmlElement[], what: string, isXmlIdToo = false): SpecViolation | null {
  const seen = new Set<string>();
  for (const element of elements) {
    const id = attribute(element, "id") ?? (isXmlIdToo ? attribute(element, "id", XML_NS) : undefined);
    if (id === undefined) continue;
    if (seen.has(id)) return { element, message: `${what} id "${id}" is not unique` };
    seen.add(id);
  }
  return null;
}

function checkFileIds(root: XmlElement): SpecViolation | null {
  const files = childElements(root, "file", XLIFF_NS);
  return duplicateIn(files, "file") ?? files.map((file) => duplicateIn(coreIn(file, "group"), "group") ?? duplicateIn(coreIn(file, "unit"), "unit")).find(Boolean) ?? null;
}

function checkLanguages(root: XmlElement): SpecViolation | null {
  const srcLang = attribute(root, "srcLang") ?? "";
  const trgLang = attribute(root, "trgLang");
  if (!LANGUAGE_TAG.test(srcLang)) return { element: root, message: `srcLang "${srcLang}" is not a language tag` };
  if (trgLang !== undefined && !LANGUAGE_TAG.test(trgLang)) return { element: root, message: `trgLang "${trgLang}" is not a language tag` };
  const visit = (element: XmlElement, inherited: string | undefined): SpecViolation | null => {
    const own = attribute(element, "lang", XML_NS);
    if (own !== undefined && !LANGUAGE_TAG.test(own)) return { element, message: `xml:lang "${own}" is not a language tag` };
    const lang = own ?? inherited;
    if (core(element, "source") && lang !== undefined && lang.toLowerCase() !== srcLang.toLowerCase()) return { element, message: `the source's language ${lang} is not srcLang ${srcLang}` };
    if (core(element, "target")) {
      if (trgLang === undefined) return { element, message: "a target needs trgLang on <xliff>" };
      if (lang !== undefined && lang.toLowerCase() !== trgLang.toLowerCase()) return { element, message: `the target's language ${lang} is not trgLang ${trgLang}` };
    }
    const passOn = core(element, "source") || core(element, "target") ? undefined : lang;
    for (const child of childElements(element)) {
      const found = visit(child, passOn);
      if (found) return found;
    }
    return null;
  };
  return childElements(root).map((child) => visit(child, attribute(root, "lang", XML_NS))).find(Boolean) ?? null;
}

function checkNotes(root: XmlElement): SpecViolation | null {
  return coreIn(root, "notes").map((notes) => duplicateIn(childElements(notes, "note", XLIFF_NS), "note")).find(Boolean) ?? null;
}

function checkSkeletons(root: XmlElement): SpecViolation | null {
  for (const skeleton of coreIn(root, "skeleton")) {
    const hasContent = skeleton.children.some((child) => child.kind === "element" || child.text.trim() !== "");
    const hasHref = attribute(skeleton, "href") !== undefined;
    if (hasContent === hasHref) return { element: skeleton, message: "a skeleton has either href or content, not both or neither" };
  }
  return null;
}

// Extension elements (other namespaces) directly inside one file, group or unit keep unique ids.
// Extension elements (other namespaces) that are siblings keep unique ids.
function checkExtensionIds(root: XmlElement): SpecViolation | null {
  for (const container of all(root)) {
    const found = duplicateIn(childElements(container).filter((child) => child.uri !== XLIFF_NS), "extension element", true);
    if (found) return found;
  }
  return null;
}

// xml:space as inherited (XML 1.0 §2.10): the nearest ancestor's, else "default".
function spaces(root: XmlElement): Map<XmlElement, string> {
  const found = new Map<XmlElement, string>();
  const visit = (element: XmlElement, inherited: string) => {
    const space = attribute(element, "space", XML_NS) ?? inherited;
    found.set(element, space);
    for (const child of childElements(element)) visit(child, space);
  };
  visit(root, "default");
  return found;
}

function checkUnits(root: XmlElement, options: SpecCheckOptions): SpecViolation | null {
  const space = spaces(root);
  for (const unit of coreIn(root, "unit")) {
    const found = checkUnit(unit, space, options);
    if (found) return found;
  }
  return null;
}

function checkUnit(unit: XmlElement, space: Map<XmlElement, string>, options: SpecCheckOptions): SpecViolation | null {
  const parts = childElements(unit).filter((child) => core(child, "segment") || core(child, "ignorable"));
  if (!parts.some((part) => part.local === "segment")) return { element: unit, message: "a unit has at least one segment" };
  const sources = parts.flatMap((part) => childElements(part, "source", XLIFF_NS));
  const targets = parts.flatMap((part) => childElements(part, "target", XLIFF_NS));
  const inlineOf = (elements: XmlElement[]) => elements.flatMap((element) => [...descendants(element)].filter((candidate) => core(candidate) && INLINE.has(candidate.local)));
  const sourceInline = inlineOf(sources);
  const targetInline = inlineOf(targets);
  const data = childElements(unit, "originalData", XLIFF_NS).flatMap((original) => childElements(original, "data", XLIFF_NS));
  const dataIds = new Set(data.map((element) => attribute(element, "id")));

  const ids = duplicateIn([...parts, ...sourceInline], "segment, ignorable or inline code") ?? duplicateIn(targetInline, "inline code") ?? duplicateIn(data, "data");
  if (ids) return ids;
  for (const segment of childElements(unit, "segment", XLIFF_NS)) {
    if (attribute(segment, "subState") !== undefined && attribute(segment, "state") === undefined) return { element: segment, message: "subState needs state" };
  }
  // A target's order is its own, else its part's position in the unit.
  const orders = parts.flatMap((part, index) => childElements(part, "target", XLIFF_NS).map((target) => attribute(target, "order") ?? String(index + 1)));
  if (new Set(orders).size !== orders.length) return { element: unit, message: "two targets have the same order" };
  for (const part of parts) {
    const [source] = childElements(part, "source", XLIFF_NS);
    const [target] = childElements(part, "target", XLIFF_NS);
    if (source && target && space.get(source) !== space.get(target)) {
      return { element: target, message: "the target's xml:space differs from the source's" };
    }
  }
  const noteIds = new Set(childElements(unit, "notes", XLIFF_NS).flatMap((notes) => childElements(notes, "note", XLIFF_NS).map((note) => attribute(note, "id"))));
  for (const element of [...sourceInline, ...targetInline]) {
    const found = checkCode(element, { dataIds, unitInline: [...sourceInline, ...targetInline], noteIds, unitId: attribute(unit, "id") });
    if (found) return found;
  }
  const pairs = checkPairs(sources) ?? checkPairs(targets) ?? checkReordering(inlineOf(sources), inlineOf(targets));
  if (pairs) return pairs;
  for (const cp of [...sources, ...targets].flatMap((content) => coreIn(content, "cp"))) {
    const code = Number.parseInt(attribute(cp, "hex") ?? "", 16);
    if (!(code <= 0x10ffff) || isXmlCharacter(code)) return { element: cp, message: `<cp hex="${attribute(cp, "hex")}"> is for characters XML cannot hold` };
  }
  // A code the source says cannot be deleted is in the unit's target, if it has one.
  if (options.isDeletionPerUnit) return null;
  const translatedSources = parts.filter((part) => childElements(part, "target", XLIFF_NS).length > 0).flatMap((part) => childElements(part, "source", XLIFF_NS));
  const targetIds = new Set(targetInline.map((element) => attribute(element, "id")));
  for (const element of inlineOf(translatedSources)) {
    if (attribute(element, "canDelete") === "no" && !targetIds.has(attribute(element, "id"))) {
      return { element, message: `the code "${attribute(element, "id")}" may not be deleted, and the target lacks it` };
    }
  }
  return null;
}

type UnitContext = { dataIds: Set<string | undefined>; unitInline: XmlElement[]; noteIds: Set<string | undefined>; unitId: string | undefined };

function checkCode(element: XmlElement, { dataIds, unitInline, noteIds, unitId }: UnitContext): SpecViolation | null {
  for (const name of ["dataRef", "dataRefStart", "dataRefEnd"]) {
    const reference = attribute(element, name);
    if (reference !== undefined && !dataIds.has(reference)) return { element, message: `${name} "${reference}" names no <data> of the unit` };
  }
  const type = attribute(element, "type");
  const subType = attribute(element, "subType");
  if (subType !== undefined) {
    if (type === undefined) return { element, message: "subType needs type" };
    if (!/^[^\s:]+:[^\s]+$/.test(subType)) return { element, message: `subType "${subType}" is not prefix:value` };
    if (subType.startsWith("xlf:") && !(XLF_SUBTYPES[subType] ?? []).includes(type)) return { element, message: `subType ${subType} does not go with type ${type}` };
  }
  const copyOf = attribute(element, "copyOf");
  if (copyOf !== undefined) {
    const original = unitInline.find((candidate) => attribute(candidate, "id") === copyOf && candidate !== element);
    if (!original) return { element, message: `copyOf "${copyOf}" names no code of the unit` };
    if (attribute(original, "canCopy") === "no") return { element, message: `the code "${copyOf}" may not be copied` };
    if (["dataRef", "dataRefStart", "dataRefEnd"].some((name) => attribute(element, name) !== undefined)) return { element, message: "a copy has no original data of its own" };
  }
  if (core(element, "mrk") && type === "comment" && (attribute(element, "value") === undefined) === (attribute(element, "ref") === undefined)) {
    return { element, message: "a comment annotation has either value or ref" };
  }
  const ref = attribute(element, "ref");
  const noteRef = ref === undefined ? null : /^#(?:f=[^/]+\/u=([^/]+)\/)?n=([^/]+)$/.exec(ref);
  if (core(element, "mrk") && type === "comment" && ref !== undefined && (!noteRef || !noteIds.has(noteRef[2]) || (noteRef[1] !== undefined && noteRef[1] !== unitId))) {
    return { element, message: `the comment's ref "${ref}" names no note of the unit` };
  }
  return null;
}

// <sc>/<ec> and <sm>/<em> across a unit's sources (or its targets), since a pair may span
// segments: an end names a start met before it, with the same properties; a start that is not
// isolated has its end in the unit; isolated ones have none.
function checkPairs(contents: XmlElement[]): SpecViolation | null {
  const codes = contents.flatMap((content) => [...descendants(content)].filter((element) => core(element)));
  const open = new Map<string, XmlElement>();
  for (const element of codes) {
    const id = attribute(element, "id");
    if (element.local === "sc" || element.local === "sm") {
      if (id !== undefined) open.set(`${element.local}:${id}`, element);
      continue;
    }
    if (element.local !== "ec" && element.local !== "em") continue;
    const startRef = attribute(element, "startRef");
    const isIsolated = attribute(element, "isolated") === "yes";
    const startKind = element.local === "ec" ? "sc" : "sm";
    if (element.local === "ec" && isIsolated && (startRef !== undefined || id === undefined)) return { element, message: "an isolated <ec> has an id and no startRef" };
    if (element.local === "ec" && !isIsolated && (startRef === undefined || id !== undefined)) return { element, message: "an <ec> that is not isolated has a startRef and no id" };
    if (isIsolated) continue;
    const start = open.get(`${startKind}:${startRef}`);
    if (!start) return { element, message: `startRef "${startRef}" names no <${startKind}> before it` };
    if (attribute(start, "isolated") === "yes") return { element, message: `the <${startKind}> "${startRef}" is isolated` };
    const differs = element.local === "ec" ? PAIRED_ATTRIBUTES.find((name) => attribute(start, name) !== attribute(element, name)) : undefined;
    if (differs) return { element, message: `${differs} differs between <sc> "${startRef}" and its <ec>` };
    open.delete(`${startKind}:${startRef}`);
  }
  for (const start of open.values()) {
    if (start.local === "sc" && attribute(start, "isolated") !== "yes") return { element: start, message: `the <sc> "${attribute(start, "id")}" has no <ec> in the same content` };
    if (start.local === "sm") return { element: start, message: `the <sm> "${attribute(start, "id")}" has no <em>` };
  }
  return null;
}

function isXmlCharacter(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

// Every reference (ref) that holds a fragment identifier has its syntax; subFlows name units of the file.
function checkReferences(root: XmlElement): SpecViolation | null {
  for (const file of coreIn(root, "file")) {
    const unitIds = new Set(coreIn(file, "unit").map((unit) => attribute(unit, "id")));
    for (const element of all(file)) {
      const problem = element.attributes.filter((candidate) => candidate.local === "ref").map((candidate) => fragmentProblem(candidate.value)).find(Boolean);
      if (problem) return { element, message: `ref: ${problem}` };
      for (const name of ["subFlows", "subFlowsStart", "subFlowsEnd"]) {
        const missing = (attribute(element, name) ?? "").split(/\s+/).filter(Boolean).find((id) => !unitIds.has(id));
        if (missing) return { element, message: `${name} names "${missing}", no unit of the file` };
      }
    }
  }
  return null;
}

// canReorder (§4.7.1.4): a code that may not be reordered may not be copied or deleted either;
// "no" continues a sequence that "firstNo" starts; the target keeps each sequence whole, in order.
function checkReordering(source: XmlElement[], target: XmlElement[]): SpecViolation | null {
  const codes = source.filter((element) => element.local !== "mrk" && element.local !== "sm" && element.local !== "em");
  const sequences: string[][] = [];
  for (const [index, code] of codes.entries()) {
    const value = attribute(code, "canReorder");
    if (value !== "no" && value !== "firstNo") continue;
    if (attribute(code, "canCopy") !== "no" || attribute(code, "canDelete") !== "no") return { element: code, message: "a code that may not be reordered must have canCopy and canDelete no" };
    const previous = index > 0 ? attribute(codes[index - 1], "canReorder") : undefined;
    if (value === "no" && previous !== "no" && previous !== "firstNo") return { element: code, message: 'canReorder="no" follows no code with firstNo' };
    if (value === "firstNo") sequences.push([]);
    sequences.at(-1)?.push(attribute(code, "id") ?? "");
  }
  const order = target.filter((element) => element.local !== "mrk" && element.local !== "sm" && element.local !== "em").map((element) => attribute(element, "id") ?? "");
  for (const sequence of sequences) {
    const start = order.indexOf(sequence[0]);
    if (start < 0) continue;
    if (sequence.some((id, offset) => order[start + offset] !== id)) return { element: target[0], message: `the codes ${sequence.join(", ")} may not be reordered` };
  }
  return null;
}
