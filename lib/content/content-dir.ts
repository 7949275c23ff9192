import fs from "node:fs";
import path from "node:path";
import { DEFAULT_CONTENT_DIR } from "./report-files";

// Where content:sync reads from: `--content-dir <dir>` (or `--content-dir=<dir>`), else
// CONTENT_DIR, else ./content. The folder must hold reports/*.mdx.
export function resolveContentDir(argv: readonly string[], env: Record<string, string | undefined>, cwd = process.cwd()): string {
  const index = argv.findIndex((arg) => arg === "--content-dir" || arg.startsWith("--content-dir="));
  let chosen = env.CONTENT_DIR || undefined;
  if (index !== -1) {
    const arg = argv[index];
    chosen = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : argv[index + 1];
    if (!chosen || chosen.startsWith("--")) throw new Error("--content-dir needs a folder: --content-dir <dir>");
  }
  const dir = chosen ? path.resolve(cwd, chosen) : DEFAULT_CONTENT_DIR;
  if (!fs.existsSync(path.join(dir, "reports"))) throw new Error(`${dir} has no reports/ folder (expected reports/<slug>.mdx)`);
  return dir;
}
