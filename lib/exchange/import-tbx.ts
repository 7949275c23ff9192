import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { DomainError } from "@/lib/errors";
import { checkEntryInput, type GlossaryEntryInput } from "@/lib/glossary/entry-input";
import { entryData, refuseDuplicate } from "@/lib/glossary/entry-store";
import { parsePair, type GlossaryPair } from "@/lib/glossary/pairs";
import { authorize, canManageGlossary, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { fileRefusal } from "./file-refusal";
import { DEPRECATED, FLAGS_TYPE, fromTbxPos } from "./tbx-format";
import { attribute, descendants, parseXmlTree, type XmlElement } from "./xml-tree";

export type ImportTbxOptions = { pair: string; actor: Actor | null; xml: string; isDryRun?: boolean };
export type ImportTbxResult = { read: number; added: number; duplicates: string[]; skipped: { concept: string | null; line: number; reason: string }[] };

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const CONCEPTS = new Set(["conceptEntry", "termEntry"]);
const LANGUAGES = new Set(["langSec", "langSet"]);
const TERMS = new Set(["termSec", "tig", "ntig"]);

// A TBX file (TBX-Basic as exported here, TBX v2 <martif> as Pontoon and Crowdin write it)
// into the pair's glossary, by a reviewer of the target language or an admin: each concept
// becomes an accepted entry (its preferred target terms the translations; deprecated ones a
// forbidden entry beside it), checked as an entry typed on the glossary page is, a term already
// in the glossary left as it is. All in one transaction; a file refused whole changes nothing.
export async function importTbx(db: Db, options: ImportTbxOptions): Promise<ImportTbxResult> {
  requireActor(options.actor);
  const pair = parsePair(options.pair);
  const actor = authorize(options.actor, (who) => canManageGlossary(who, pair.targetLanguage), `manage the ${options.pair} glossary`);
  const root = parseXmlTree(options.xml, { isExternalDoctypeAllowed: true });
  if (root.local !== "tbx" && root.local !== "martif") throw fileRefusal("not-xliff", { line: root.line, column: root.column }, "not TBX");
  const concepts = [...descendants(root)].filter((element) => CONCEPTS.has(element.local));
  const read = concepts.map((concept) => ({ concept, found: readConcept(concept, pair) }));
  const hasLanguage = (language: string) => concepts.some((concept) => languageSections(concept, language).length > 0);
  if (concepts.length > 0 && !hasLanguage(pair.sourceLanguage)) throw fileRefusal("wrong-source-language", { line: root.line, column: root.column }, `no ${pair.sourceLanguage} terms`);
  if (concepts.length > 0 && read.every(({ found }) => found === "no-target-language")) throw fileRefusal("wrong-target-language", { line: root.line, column: root.column }, `no ${pair.targetLanguage} terms`);

  const skipped: ImportTbxResult["skipped"] = [];
  const entries: GlossaryEntryInput[] = [];
  for (const { concept, found } of read) {
    if (typeof found === "string") skipped.push({ concept: attribute(concept, "id") ?? null, line: concept.line, reason: found });
    else entries.push(...found);
  }
  const write = async (tx: Parameters<Parameters<typeof writeTransaction>[1]>[0]) => {
    const duplicates: string[] = [];
    for (const entry of entries) {
      try {
        await refuseDuplicate(tx, pair, entry);
      } catch (error) {
        if (!(error instanceof DomainError) || error.code !== "conflict") throw error;
        duplicates.push(entry.sourceTerm);
        continue;
      }
      if (!options.isDryRun) await tx.glossaryEntry.create({ data: { ...pair, ...entryData(entry), status: "accepted", decidedById: actor.id, decidedAt: new Date() } });
    }
    return duplicates;
  };
  const duplicates = options.isDryRun ? await db.$transaction(write) : await writeTransaction(db, write);
  return { read: concepts.length, added: options.isDryRun ? 0 : entries.length - duplicates.length, duplicates, skipped };
}

function languageSections(concept: XmlElement, language: string): XmlElement[] {
  return [...descendants(concept)].filter((element) => LANGUAGES.has(element.local) && primary(attribute(element, "lang", XML_NS) ?? "") === language);
}

function primary(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

type Term = { term: string; isDeprecated: boolean; partOfSpeech?: string; termType?: string };

function termsOf(sections: XmlElement[]): Term[] {
  return sections.flatMap((section) =>
    [...descendants(section)].filter((element) => TERMS.has(element.local)).flatMap((group) => {
      const inside = [...descendants(group)];
      const term = inside.find((element) => element.local === "term");
      if (!term) return [];
      const note = (type: string) => inside.find((element) => element.local === "termNote" && attribute(element, "type") === type);
      const textOf = (element: XmlElement | undefined) => element?.children.map((child) => (child.kind === "text" ? child.text : "")).join("").trim();
      const status = textOf(note("administrativeStatus")) ?? "";
      return [{ term: textOf(term) ?? "", isDeprecated: status === DEPRECATED || status.startsWith("deprecated"), partOfSpeech: textOf(note("partOfSpeech")), termType: textOf(note("termType")) }];
    }),
  );
}

function readConcept(concept: XmlElement, pair: GlossaryPair): GlossaryEntryInput[] | string {
  const [source] = termsOf(languageSections(concept, pair.sourceLanguage)).filter((term) => !term.isDeprecated);
  if (!source) return "no-source-language";
  const targets = termsOf(languageSections(concept, pair.targetLanguage));
  const inConcept = [...descendants(concept)];
  const flags = (inConcept.find((element) => element.local === "admin" && attribute(element, "type") === FLAGS_TYPE)?.children ?? []).map((child) => (child.kind === "text" ? child.text : "")).join(" ").split(/\s+/);
  const noteElement = inConcept.find((element) => element.local === "note" || (element.local === "descrip" && attribute(element, "type") === "definition"));
  const note = noteElement?.children.map((child) => (child.kind === "text" ? child.text : "")).join("").trim() || null;
  const base = {
    sourceTerm: source.term,
    note,
    partOfSpeech: fromTbxPos(source.partOfSpeech, source.termType),
    exactForm: flags.includes("exactForm"),
    caseSensitive: flags.includes("caseSensitive"),
  };
  const preferred = targets.filter((term) => !term.isDeprecated).map((term) => term.term);
  const deprecated = targets.filter((term) => term.isDeprecated).map((term) => term.term);
  const entries: GlossaryEntryInput[] = [];
  if (flags.includes("doNotTranslate")) entries.push({ ...base, translations: [], doNotTranslate: true, isForbidden: false });
  else if (preferred.length > 0) entries.push({ ...base, translations: preferred, doNotTranslate: false, isForbidden: false });
  if (deprecated.length > 0) entries.push({ ...base, translations: deprecated, doNotTranslate: false, isForbidden: true });
  if (entries.length === 0) return "no-target-language";
  try {
    return entries.map(checkEntryInput);
  } catch (error) {
    if (error instanceof DomainError) return "invalid-entry";
    throw error;
  }
}
