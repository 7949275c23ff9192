import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedGlossary } from "@/lib/glossary/seed-glossary";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { DEMO_SLUG, loadDemo } from "@/prisma/demo/load-demo";
import { REPORT_GLOSSARY } from "@/prisma/glossary";
import { checkParagraph } from "./check-paragraph";
import { severityOf } from "./index";
import { loadCheckContext } from "./load-check-context";

let test: TestDb;
type Row = { language: string; paragraph: string; state: string; findings: string[]; errors: number };
let rows: Row[] = [];
const contexts: { language: string; glossary: number; others: number }[] = [];

// Every check on the seed report and the demo's translations (prisma/demo, content/), as
// the server runs them: the documented result.
beforeAll(async () => {
  test = await createTestDb();
  await seedGlossary(test.db, REPORT_GLOSSARY);
  await loadDemo(test.db, "content");
  const report = await test.db.report.findUniqueOrThrow({ where: { slug: DEMO_SLUG } });
  const paragraphs = await test.db.sourceParagraph.findMany({
    where: { reportId: report.id, archivedAt: null },
    orderBy: { position: "asc" },
    include: { quotes: { orderBy: { position: "asc" } }, translations: { include: { revisions: { orderBy: { version: "desc" }, take: 1 } } } },
  });
  for (const language of ["en", "ru"]) {
    const checks = await loadCheckContext(test.db, { reportId: report.id, language });
    contexts.push({ language, glossary: checks.context.glossary.length, others: checks.context.others.length });
    for (const paragraph of paragraphs) {
      const translation = paragraph.translations.find((candidate) => candidate.language === language);
      const revision = translation?.revisions[0];
      if (!translation || !revision) continue;
      const findings = checkParagraph(checks, paragraph, revision);
      const described = findings.map((finding) => [finding.id, finding.quote, finding.detail].filter(Boolean).join(" "));
      const errors = findings.filter((finding) => severityOf(finding.id) === "error").length;
      rows.push({ language, paragraph: paragraph.key, state: translation.state, findings: described, errors });
    }
  }
}, 240_000);
afterAll(async () => {
  await test?.cleanup();
  rows = [];
});

describe("the checks on the seed and the demo", () => {
  it("run with the report's glossary and every paragraph's translation (no length ratio: the demo memory is under 20 pairs)", () => {
    expect(contexts).toEqual([
      { language: "en", glossary: 13, others: 21 },
      { language: "ru", glossary: 13, others: 21 },
    ]);
  });

  it("flag the source paragraph quoting Bolatbek Bulgakbaev (unclosed quotation mark), in both languages", () => {
    for (const language of ["en", "ru"]) {
      expect(rows.find((row) => row.language === language && row.paragraph === "p-bulgakbaev-doubts")?.findings).toContain("source-unclosed-quote q-bulgakbaev-terrorists");
    }
  });

  it("find no error in any approved demo translation", () => {
    const approved = rows.filter((row) => row.state === "approved");
    expect(approved.length).toBeGreaterThan(20);
    expect(approved.filter((row) => row.errors > 0)).toEqual([]);
  });

  it("find exactly what is documented: the outdated paragraph and the Bulgakbaev quotation, nothing else", () => {
    expect(rows.filter((row) => row.findings.length > 0)).toEqual([
      { language: "en", paragraph: "p-almaty-tv-losses", state: "outdated", findings: ["older-source"], errors: 0 },
      { language: "en", paragraph: "p-bulgakbaev-doubts", state: "in-review", findings: ["source-unclosed-quote q-bulgakbaev-terrorists"], errors: 0 },
      { language: "ru", paragraph: "p-almaty-tv-losses", state: "outdated", findings: ["older-source"], errors: 0 },
      { language: "ru", paragraph: "p-bulgakbaev-doubts", state: "in-review", findings: ["source-unclosed-quote q-bulgakbaev-terrorists"], errors: 0 },
    ]);
  });
});
