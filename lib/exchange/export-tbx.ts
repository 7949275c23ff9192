import { XMLBuilder } from "fast-xml-parser";
import type { Db } from "@/lib/db/client";
import { listGlossary } from "@/lib/glossary/list-glossary";
import type { Actor } from "@/lib/users/actor";
import { DEPRECATED, FLAGS, FLAGS_TYPE, PREFERRED, TBX_NS, TO_TBX_POS } from "./tbx-format";
import type { XmlBuildNode } from "./xliff-inline";

const builder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: "", format: true, indentBy: "  ", suppressEmptyNode: true });
const node = (name: string, attributes: Record<string, string>, children: XmlBuildNode[]): XmlBuildNode => ({ [name]: children, ":@": attributes });
const text = (value: string): XmlBuildNode => ({ "#text": value });

// The pair's glossary in force (accepted entries) as TBX-Basic: a conceptEntry per entry, the
// source term and each translation in its langSec, forbidden renderings as deprecated terms,
// the note, the part of speech, and our flags (exact form, case, do not translate).
export async function exportTbx(db: Db, options: { pair: string; actor: Actor | null }): Promise<{ fileName: string; xml: string; count: number }> {
  const { pair, entries } = await listGlossary(db, { actor: options.actor, pair: options.pair });
  const concepts = entries.map((entry) => {
    const pos = entry.partOfSpeech ? TO_TBX_POS[entry.partOfSpeech] : null;
    const termNotes = (status: string) => [
      node("termNote", { type: "administrativeStatus" }, [text(status)]),
      ...(pos ? [node("termNote", { type: "partOfSpeech" }, [text(pos.partOfSpeech)])] : []),
      ...(pos?.termType ? [node("termNote", { type: "termType" }, [text(pos.termType)])] : []),
    ];
    const flags = FLAGS.filter((flag) => entry[flag]);
    return node("conceptEntry", { id: `c-${entry.id}` }, [
      ...(entry.note ? [node("note", {}, [text(entry.note)])] : []),
      ...(flags.length ? [node("admin", { type: FLAGS_TYPE }, [text(flags.join(" "))])] : []),
      node("langSec", { "xml:lang": pair.sourceLanguage }, [node("termSec", {}, [node("term", {}, [text(entry.sourceTerm)]), ...termNotes(PREFERRED)])]),
      ...(entry.translations.length
        ? [node("langSec", { "xml:lang": pair.targetLanguage }, entry.translations.map((translation) => node("termSec", {}, [node("term", {}, [text(translation)]), ...termNotes(entry.isForbidden ? DEPRECATED : PREFERRED)])))]
        : []),
    ]);
  });
  const tbx = node("tbx", { xmlns: TBX_NS, type: "TBX-Basic", style: "dct", "xml:lang": "en" }, [
    node("tbxHeader", {}, [node("fileDesc", {}, [node("sourceDesc", {}, [node("p", {}, [text(`Newsroom glossary ${pair.name}`)])])])]),
    node("text", {}, [node("body", {}, concepts)]),
  ]);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build([tbx]).trim()}\n`;
  return { fileName: `glossary.${pair.name}.tbx`, xml, count: entries.length };
}
