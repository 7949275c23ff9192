import "./env";
import { resolveContentDir } from "@/lib/content/content-dir";
import { syncAllReports } from "@/lib/content/sync-all";
import { db } from "@/lib/db/client";
import { notifyReaders } from "./notify-readers";

// `npm run content:sync [-- --content-dir <dir>]`: brings <dir>/reports/*.mdx (default
// content/, or CONTENT_DIR) into the database (see lib/content/sync-content.ts).
async function main(): Promise<void> {
  const contentDir = resolveContentDir(process.argv.slice(2), process.env);
  for (const summary of await syncAllReports(db, contentDir)) {
    const list = (keys: string[]) => (keys.length ? keys.join(", ") : "none");
    console.log(`${summary.slug}${summary.created ? " (new report)" : ""}`);
    console.log(`  added: ${list(summary.added)}`);
    console.log(`  changed: ${list(summary.changed)}`);
    console.log(`  archived: ${list(summary.archived)}`);
    console.log(`  restored: ${list(summary.restored)}`);
    console.log(`  outdated: ${list(summary.outdated.map((entry) => `${entry.paragraph} (${entry.language})`))}`);
    console.log(`  approval holds again: ${list(summary.reapproved.map((entry) => `${entry.paragraph} (${entry.language})`))}`);
    await notifyReaders(summary.slug);
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
