import fs from "node:fs";
import path from "node:path";

export const DEFAULT_CONTENT_DIR = path.resolve(process.cwd(), "content");

export type ReportFile = { slug: string; file: string };

// A report's slug is its file name: content/reports/<slug>.mdx.
export function listReportFiles(contentDir = DEFAULT_CONTENT_DIR): ReportFile[] {
  const dir = path.join(contentDir, "reports");
  return fs
    .readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({ slug: name.slice(0, -".mdx".length), file: path.join(dir, name) }));
}
