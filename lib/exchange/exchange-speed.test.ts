import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestReport, createTestUser } from "@/lib/testing/fixtures";
import { exportXliff } from "./export-xliff";
import { importXliff } from "./import-xliff";
import { importTmx } from "./import-tmx";

// The speed goals, measured on demand (BENCH_EXCHANGE=1 npx vitest run --project sqlite
// lib/exchange/exchange-speed.test.ts): they take a minute and load the machine, so npm test
// leaves them out; the figures go in the README.
const PARAGRAPHS = 2000;
const TMX_ENTRIES = Number(process.env.BENCH_TMX_ENTRIES ?? 50_000);

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test?.cleanup());

function bigReport(): string {
  const blocks = Array.from({ length: PARAGRAPHS }, (_, index) =>
    index % 10 === 0
      ? `<Paragraph id="p-${index}">\n"<Quote id="q-${index}" speaker="dinara" spokenIn="not-stated">Citation numéro ${index}</Quote>", dit Dinara, paragraphe ${index}.\n</Paragraph>`
      : `<Paragraph id="p-${index}">\nParagraphe numéro ${index} du reportage généré, avec quelques mots de plus pour la longueur.\n</Paragraph>`,
  );
  return `---\ntitle: "Reportage généré"\ndate: "2022-01"\noutlet: France 24\noriginalLanguage: fr\nspeakers:\n  dinara:\n    name: Dinara\n    role: habitante\n---\n\n${blocks.join("\n\n")}\n`;
}

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const start = performance.now();
  const result = await work();
  return { result, ms: Math.round(performance.now() - start) };
}

describe.skipIf(!process.env.BENCH_EXCHANGE)("exchange speed (BENCH_EXCHANGE=1)", () => {
  it(`exports and imports a report of ${PARAGRAPHS} paragraphs, imports a TMX of ${TMX_ENTRIES} entries`, { timeout: 600_000 }, async () => {
    const { slug } = await createTestReport(test.db, { mdx: bigReport() });
    const translator = await createTestUser(test.db, { roles: [{ role: "translator", language: "en" }] });
    const reviewer = await createTestUser(test.db, { roles: [{ role: "reviewer", language: "en" }] });
    const exported = await timed(() => exportXliff(test.db, { slug, language: "en", actor: translator }));
    const translated = exported.result.xml.replace(/<\/source>\n(\s*)<\/segment>/g, (_, indent: string) => `</source>\n${indent}  <target xml:space="preserve">Translated.</target>\n${indent}</segment>`);
    const withQuotes = translated.replace(/(<source xml:space="preserve">[^\n]*?)(<pc id="(q-\d+)"[^>]*>)[^<]*<\/pc>([^\n]*<\/source>\n\s*<target xml:space="preserve">)Translated\./g, (_, a: string, pc: string, _id: string, b: string) => `${a}${pc}x</pc>${b}"${pc}Quote</pc>", translated.`);
    const preview = await timed(() => importXliff(test.db, { slug, language: "en", actor: translator, xml: withQuotes, isDryRun: true }));
    expect(preview.result.accepted).toHaveLength(PARAGRAPHS);
    const imported = await timed(() => importXliff(test.db, { slug, language: "en", actor: translator, xml: withQuotes, isDryRun: false }));
    expect(imported.result.imported).toHaveLength(PARAGRAPHS);
    const entries = Array.from({ length: TMX_ENTRIES }, (_, index) => `<tu creationid="Bench" creationdate="20260101T000000Z"><tuv xml:lang="fr"><seg>Phrase source numéro ${index} pour la mémoire.</seg></tuv><tuv xml:lang="en"><seg>Source sentence number ${index} for the memory.</seg></tuv></tu>`);
    const tmx = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="fr" segtype="paragraph" o-tmf="bench" adminlang="en" datatype="plaintext" creationtool="bench" creationtoolversion="1"/><body>\n${entries.join("\n")}\n</body></tmx>\n`;
    const memory = await timed(() => importTmx(test.db, { pair: "fr-en", actor: reviewer, xml: tmx }));
    expect(memory.result.added).toBe(TMX_ENTRIES);
    console.log(
      `exchange speed (${test.provider}): XLIFF export of ${PARAGRAPHS} paragraphs ${exported.ms} ms (${Math.round(exported.result.xml.length / 1024)} KB); ` +
        `import preview (dry run) ${preview.ms} ms, import of ${PARAGRAPHS} changed units ${imported.ms} ms; TMX import of ${TMX_ENTRIES} entries ${memory.ms} ms (${Math.round(tmx.length / 1024)} KB)`,
    );
  });
});
