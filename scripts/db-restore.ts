import "./env";
import { DEFAULT_DATABASE_URL } from "@/lib/db/database-url";
import { restoreDatabase } from "@/lib/db/backup";

// `npm run db:restore -- backups/newsroom-….db|.dump`: replaces DATABASE_URL's data with the
// backup's. Stop the app first, restore, start it again.
const file = process.argv[2];
if (!file) {
  console.error("db:restore: name the backup, e.g. npm run db:restore -- backups/newsroom-20261201T100000Z.db");
  process.exit(1);
}
restoreDatabase(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL, file)
  .then(() => console.log(`db:restore: restored ${file}`))
  .catch((error: unknown) => {
    console.error(`db:restore: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
