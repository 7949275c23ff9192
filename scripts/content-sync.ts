import "./env";
import { syncAllReports } from "@/lib/content/sync-all";
import { db } from "@/lib/db/client";
import { notifyReaders } from "./notify-readers";

// `npm run content:sync`: brings content/*.mdx into the database (see lib/content/sync-content.ts).
async function main(): Promise<void> {
  for (const summary of await syncAllReports(db)) {
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
