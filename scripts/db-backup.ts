import "./env";
import { DEFAULT_DATABASE_URL } from "@/lib/db/database-url";
import { backupDatabase } from "@/lib/db/backup";

// `npm run db:backup [-- <folder>]`: a backup of DATABASE_URL's database into backups/ (or the
// folder given), named by the time it was taken. Safe while the app runs.
const dir = process.argv[2];
backupDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, dir)
  .then((file) => console.log(`db:backup: wrote ${file}`))
  .catch((error: unknown) => {
    console.error(`db:backup: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
