import "../scripts/env";
import { syncAllReports } from "@/lib/content/sync-all";
import { DEFAULT_CONTENT_DIR } from "@/lib/content/report-files";
import { db } from "@/lib/db/client";
import { seedGlossary } from "@/lib/glossary/seed-glossary";
import { loadDemo } from "./demo/load-demo";
import { REPORT_GLOSSARY } from "./glossary";

// Seeds an empty database: the demo newsroom when demo mode is on, then every report in content/.
// Demo mode: DEMO=1, or any NODE_ENV but production.
async function main(): Promise<void> {
  const isDemo = process.env.DEMO === "1" || process.env.NODE_ENV !== "production";
  const isEmpty = (await db.user.count()) === 0 && (await db.report.count()) === 0;
  if (isDemo && isEmpty) {
    await loadDemo(db, DEFAULT_CONTENT_DIR);
    console.log("seed: demo newsroom loaded (accounts in the README)");
  } else if (isEmpty) {
    console.log("seed: no demo accounts (NODE_ENV=production without DEMO=1); create the first admin with `npm run user:create`");
  }
  for (const summary of await syncAllReports(db)) {
    console.log(`seed: ${summary.slug} synced`);
  }
  // The glossary in production too: it is part of the report, not of the demo.
  const glossary = await seedGlossary(db, REPORT_GLOSSARY);
  console.log(`seed: glossary, ${glossary.created} entries added`);
}

main()
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
