// `npm start`: database created, migrated and seeded, app built and served on PORT.
import { bin, ensureEnvFile, prepareDatabase, run } from "./lib.mjs";

ensureEnvFile();
process.loadEnvFile(".env");
const port = process.env.PORT || "3000";

await prepareDatabase();
await run(bin("next"), ["build"]);
await run("node", ["scripts/serve.mjs"], { env: { PORT: port } });
