import { XMLBuilder } from "fast-xml-parser";
import type { Db } from "@/lib/db/client";
import { parseMemoryPair } from "@/lib/memory/pairs";
import { authorize, canExportMemory, requireActor } from "@/lib/permissions";
import type { Actor } from "@/lib/users/actor";
import { tmxSegNodes } from "./tmx-inline";
import type { XmlBuildNode } from "./xliff-inline";

export type ExportTmxOptions = { pair: string; actor: Actor | null };

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", format: false });
const node = (name: string, attributes: Record<string, string>, children: XmlBuildNode[]): XmlBuildNode => ({ [name]: children, ":@": attributes });
const prop = (type: string, value: string) => node("prop", { type }, [{ "#text": value }]);

// TMX 1.4b date: YYYYMMDDThhmmssZ.
export function tmxDate(date: Date): string {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
}

// The pair's memory (entries not superseded) as TMX 1.4b: a <tu> per entry, who approved it as
// creationid, when as creationdate, and in <prop>s where it comes from (an approval here, with
// report and paragraph, or an import), so that an export imported again adds nothing.
export async function exportTmx(db: Db, options: ExportTmxOptions): Promise<{ fileName: string; xml: string; count: number }> {
  requireActor(options.actor);
  const pair = parseMemoryPair(options.pair);
  authorize(options.actor, (who) => canExportMemory(who, pair.targetLanguage), `export the ${options.pair} memory`);
  const entries = await db.memoryEntry.findMany({
    where: { sourceLanguage: pair.sourceLanguage, targetLanguage: pair.targetLanguage, supersededAt: null },
    orderBy: { approvedAt: "asc" },
    include: { approvedBy: { select: { name: true } } },
  });
  const units = entries.map((entry) => {
    const by = entry.approvedBy?.name ?? entry.approvedByName;
    return node("tu", { tuid: entry.id, creationdate: tmxDate(entry.approvedAt), ...(by ? { creationid: by } : {}) }, [
      prop("x-origin", entry.origin),
      ...(entry.reportSlug ? [prop("x-report", entry.reportSlug)] : []),
      ...(entry.paragraphKey ? [prop("x-paragraph", entry.paragraphKey)] : []),
      node("tuv", { "xml:lang": pair.sourceLanguage }, [node("seg", {}, tmxSegNodes(entry.sourceText))]),
      node("tuv", { "xml:lang": pair.targetLanguage }, [node("seg", {}, tmxSegNodes(entry.targetText))]),
    ]);
  });
  const header = node("header", {
    creationtool: "newsroom-reader",
    creationtoolversion: "1",
    segtype: "paragraph",
    "o-tmf": "newsroom",
    adminlang: "en",
    srclang: pair.sourceLanguage,
    datatype: "plaintext",
  }, []);
  const body = builder.build([node("tmx", { version: "1.4" }, [header, node("body", {}, units)])]).replace(/<\/tu>/g, "</tu>\n");
  return { fileName: `memory.${options.pair}.tmx`, xml: `<?xml version="1.0" encoding="UTF-8"?>\n${body}\n`, count: entries.length };
}
