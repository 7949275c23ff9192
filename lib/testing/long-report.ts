import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { loadTranslationFiles, translatedMeta } from "@/lib/content/load-translation-files";
import { parseReport } from "@/lib/content/parse-report";
import { DEFAULT_CONTENT_DIR } from "@/lib/content/report-files";
import { syncReport, type SyncSummary } from "@/lib/content/sync-content";

// Long reports for tests and the bench (issue 14): the seed report's blocks, headings included,
// repeated until there are `paragraphs` of them, so a long report reads like the real one
// (quotations, terms, speakers) rather than like filler. The first copy keeps the seed's ids; copy
// k (k ≥ 2) suffixes every paragraph, heading and quotation id with `-r<k>`, so ids stay unique
// within the report and `longReportKey(seedKey, k)` finds any of them. Every paragraph is
// untranslated after the sync (state missing in every target language).

export const LONG_REPORT_SEED_SLUG = "almaty-janvier-2022";

const BLOCK = /<(Paragraph|Heading) id="[^"]+">[\s\S]*?<\/\1>/g;
const ID = /\bid="([^"]+)"/g;

export type LongReportOptions = {
  paragraphs: number;
  // the seed's MDX; default content/reports/almaty-janvier-2022.mdx
  seedMdx?: string;
};

// The key of a seed block's (or quotation's) copy number `copy` (1-based) in a long report.
export function longReportKey(seedKey: string, copy: number): string {
  return copy <= 1 ? seedKey : `${seedKey}-r${copy}`;
}

// The MDX text of a long report: the seed's front matter (its title prefixed with the length)
// and its blocks repeated, in order, to exactly `paragraphs` blocks.
export function longReportMdx({ paragraphs, seedMdx = readSeedMdx() }: LongReportOptions): string {
  if (!Number.isInteger(paragraphs) || paragraphs < 1) throw new Error(`paragraphs must be a positive integer, not ${paragraphs}`);
  const end = seedMdx.indexOf("\n---", 4);
  if (!seedMdx.startsWith("---") || end === -1) throw new Error("the seed MDX has no front matter");
  const frontMatter = seedMdx.slice(0, end + 4).replace(/^title: "/m, `title: "Reportage long (${paragraphs} paragraphes) : `);
  const blocks = seedMdx.slice(end + 4).match(BLOCK) ?? [];
  if (blocks.length === 0) throw new Error("the seed MDX has no <Paragraph> or <Heading> blocks");
  const out = Array.from({ length: paragraphs }, (_, index) => {
    const copy = Math.floor(index / blocks.length) + 1;
    return blocks[index % blocks.length].replace(ID, (_match, key: string) => `id="${longReportKey(key, copy)}"`);
  });
  return `${frontMatter}\n\n${out.join("\n\n")}\n`;
}

export type WriteLongReportOptions = LongReportOptions & {
  slug: string;
  // where to write reports/<slug>.mdx; default a fresh folder under the system temp folder
  contentDir?: string;
};

export type WrittenLongReport = { slug: string; file: string; contentDir: string; summary: SyncSummary };

// Writes <contentDir>/reports/<slug>.mdx and syncs it into `db` through syncReport, as
// `content:sync` does, with the seed's translated titles (prefixed too) and speakers, so the
// reader, the workspace and the review pages have a real report of that length to show.
export async function writeLongReport(db: Db, options: WriteLongReportOptions): Promise<WrittenLongReport> {
  const contentDir = options.contentDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-long-report-"));
  const file = path.join(contentDir, "reports", `${options.slug}.mdx`);
  const mdx = longReportMdx(options);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, mdx);
  const meta = translatedMeta(loadTranslationFiles(DEFAULT_CONTENT_DIR, LONG_REPORT_SEED_SLUG));
  const titles = Object.fromEntries(
    Object.entries(meta.titles).map(([language, title]) => [language, `(${options.paragraphs}) ${title}`]),
  );
  const summary = await syncReport(db, { slug: options.slug, sourceFile: file, report: parseReport(mdx, file), titles, speakers: meta.speakers });
  return { slug: options.slug, file, contentDir, summary };
}

function readSeedMdx(): string {
  return fs.readFileSync(path.join(DEFAULT_CONTENT_DIR, "reports", `${LONG_REPORT_SEED_SLUG}.mdx`), "utf8");
}
