import type { Db } from "@/lib/db/client";
import { writeTransaction } from "@/lib/db/write-transaction";
import { parseMemoryPair } from "@/lib/memory/pairs";
import { addImportedEntries, type ImportedEntry } from "@/lib/memory/record-approval";
import { authorize, canImportMemory, requireActor } from "@/lib/permissions";
import { isBlank, plainTextProblems } from "@/lib/text/plain-text";
import { checkTranslationText } from "@/lib/translations/validate-text";
import { parseInlineMarkup, quoteIds } from "@/lib/quotes/inline-markup";
import type { Actor } from "@/lib/users/actor";
import { fileRefusal } from "./file-refusal";
import { tmxSegMarkup } from "./tmx-inline";
import { attribute, childElements, parseXmlTreeYielding, type XmlElement } from "./xml-tree";

export type ImportTmxOptions = { pair: string; actor: Actor | null; xml: string; isDryRun?: boolean };
export type ImportTmxResult = { read: number; added: number; duplicates: number; skipped: { tuid: string | null; line: number; reason: string }[] };

const XML_NS = "http://www.w3.org/XML/1998/namespace";
// Entries written per transaction: the write lock is held a few hundred milliseconds at most,
// so a translator's save waits behind one batch, never behind the whole file (npm run bench).
// 11 bound values a row: well under SQLite's 32,766 and PostgreSQL's 65,535 a statement.
const BATCH = 1000;
const UNITS_PER_TURN = 2000;
const BATCH_PAUSE_MS = 5;

// A TMX 1.4b file into the pair's memory, marked as imported (origin "import", who and when from
// the file). The file is refused whole, changing nothing, if it is not well-formed, declares
// entities, is not TMX or its source language is not the pair's. A <tu> without both languages,
// or whose text a paragraph could not hold, is skipped with its reason; a duplicate of an entry
// already there is not added again (lib/memory/record-approval.ts). The whole file is read and judged
// before anything is written; then each batch commits on its own, so a crash halfway leaves the
// batches before it in the memory, and importing the same file again adds only the rest.
export async function importTmx(db: Db, options: ImportTmxOptions): Promise<ImportTmxResult> {
  requireActor(options.actor);
  const pair = parseMemoryPair(options.pair);
  authorize(options.actor, (who) => canImportMemory(who, pair.targetLanguage), `import into the ${options.pair} memory`);
  const root = await parseXmlTreeYielding(options.xml, { isExternalDoctypeAllowed: true });
  const where = { line: root.line, column: root.column };
  if (root.local !== "tmx" || !/^1\.4/.test(attribute(root, "version") ?? "")) throw fileRefusal("not-xliff", where, "not TMX 1.4");
  const [header] = childElements(root, "header");
  const [body] = childElements(root, "body");
  if (!header || !body) throw fileRefusal("schema", where, "a TMX file has a <header> and a <body>");
  const srclang = attribute(header, "srclang") ?? "";
  if (srclang !== "*all*" && primary(srclang) !== pair.sourceLanguage) throw fileRefusal("wrong-source-language", { line: header.line, column: header.column }, `${srclang} ≠ ${pair.sourceLanguage}`);

  const entries: ImportedEntry[] = [];
  const skipped: ImportTmxResult["skipped"] = [];
  const units = childElements(body, "tu");
  for (const [index, tu] of units.entries()) {
    // the event loop let through now and then, as while parsing (xml-tree.ts)
    if (index % UNITS_PER_TURN === UNITS_PER_TURN - 1) await new Promise((resolve) => setImmediate(resolve));
    const found = readUnit(tu, pair);
    if (typeof found === "string") skipped.push({ tuid: attribute(tu, "tuid") ?? null, line: tu.line, reason: found });
    else entries.push(found);
  }
  if (units.length > 0 && entries.length === 0 && skipped.every((unit) => unit.reason === "no-target-language")) {
    throw fileRefusal("wrong-target-language", { line: body.line, column: body.column }, `no ${pair.targetLanguage} in any <tu>`);
  }
  let added = 0;
  if (!options.isDryRun) {
    for (let start = 0; start < entries.length; start += BATCH) {
      const batch = entries.slice(start, start + BATCH);
      added += await writeTransaction(db, (tx) => addImportedEntries(tx, batch));
      // a pause between batches: a save that waited for this one gets the lock before the next
      await new Promise((resolve) => setTimeout(resolve, BATCH_PAUSE_MS));
    }
  }
  return { read: units.length, added, duplicates: options.isDryRun ? 0 : entries.length - added, skipped };
}

function primary(tag: string): string {
  return tag.split(/[-_]/)[0].toLowerCase();
}

function readUnit(tu: XmlElement, pair: { sourceLanguage: string; targetLanguage: string }): ImportedEntry | string {
  const variants = childElements(tu, "tuv");
  const textIn = (language: string) => {
    const tuv = variants.find((variant) => primary(attribute(variant, "lang", XML_NS) ?? attribute(variant, "lang") ?? "") === language);
    const [seg] = tuv ? childElements(tuv, "seg") : [];
    return seg ? tmxSegMarkup(seg.children) : null;
  };
  const sourceText = textIn(pair.sourceLanguage);
  const targetText = textIn(pair.targetLanguage);
  if (sourceText === null) return "no-source-language";
  if (targetText === null) return "no-target-language";
  if (isBlank(sourceText) || isBlank(targetText)) return "empty";
  if ([sourceText, targetText].some((text) => plainTextProblems(text, { isMultiline: true }).length > 0 || parseInlineMarkup(text).problems.some((problem) => problem.code !== "empty-quote"))) {
    return "not-plain-text";
  }
  // the target keeps the source's quotations, as in a translation of a paragraph
  if (checkTranslationText(targetText, quoteIds(parseInlineMarkup(sourceText).segments)).problems.some((problem) => problem.code.startsWith("quote-"))) return "quotations-differ";
  const by = attribute(tu, "changeid") ?? attribute(tu, "creationid") ?? null;
  const date = parseTmxDate(attribute(tu, "changedate") ?? attribute(tu, "creationdate"));
  return { sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage, sourceText, targetText, approvedByName: by, approvedAt: date ?? new Date() };
}

function parseTmxDate(value: string | undefined): Date | null {
  const match = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(value ?? "");
  if (!match) return null;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second));
}
