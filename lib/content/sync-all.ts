import fs from "node:fs";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { loadTranslationFiles, translatedMeta } from "./load-translation-files";
import { parseReport } from "./parse-report";
import { DEFAULT_CONTENT_DIR, listReportFiles } from "./report-files";
import { syncReport, type SyncSummary } from "./sync-content";

export async function syncAllReports(db: Db, contentDir = DEFAULT_CONTENT_DIR): Promise<SyncSummary[]> {
  const summaries: SyncSummary[] = [];
  for (const { slug, file } of listReportFiles(contentDir)) {
    const report = parseReport(fs.readFileSync(file, "utf8"), file);
    const translations = loadTranslationFiles(contentDir, slug);
    summaries.push(await syncReport(db, { slug, sourceFile: path.relative(process.cwd(), file), report, ...translatedMeta(translations) }));
  }
  return summaries;
}
