import fs from "node:fs";

// Scripts read .env the way Next does for the app (variables already set win).
if (fs.existsSync(".env")) process.loadEnvFile(".env");
