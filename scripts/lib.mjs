import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";

// Shared by start, e2e and bench scripts.
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: "inherit", ...options, env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env, ...options.env } });
    child.on("error", reject);
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? code})`)),
    );
  });
}

export const bin = (name) => `node_modules/.bin/${name}`;

// A fresh clone has no .env: write one from .env.example with real secrets, once.
export function ensureEnvFile() {
  if (fs.existsSync(".env")) return;
  const secret = () => crypto.randomBytes(32).toString("base64url");
  const text = fs
    .readFileSync(".env.example", "utf8")
    .replace(/^BETTER_AUTH_SECRET=.*$/m, `BETTER_AUTH_SECRET="${secret()}"`)
    .replace(/^REVALIDATE_SECRET=.*$/m, `REVALIDATE_SECRET="${secret()}"`)
    .replace(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY=.*$/m, `NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="${crypto.randomBytes(32).toString("base64")}"`);
  fs.writeFileSync(".env", text);
  console.log("start: wrote .env with fresh secrets");
}

// SQLite or PostgreSQL, by DATABASE_URL: prisma.config.ts picks that database's migrations.
export async function prepareDatabase(env = {}) {
  const url = env.DATABASE_URL ?? process.env.DATABASE_URL ?? "file:./data/newsroom.db";
  await run(bin("prisma"), ["migrate", "deploy"], { env });
  // WAL mode is a SQLite setting; PostgreSQL needs no tuning here.
  if (url.startsWith("file:")) await run(bin("tsx"), ["scripts/db-tune.ts"], { env });
  await run(bin("tsx"), ["prisma/seed.ts"], { env });
}
