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

// A fresh clone has no .env: write one from .env.example. Either way, a secret that is
// missing or empty (a .env written by hand) gets a fresh one, and nothing else is touched;
// an empty secret would make Better Auth refuse every request. Instances on other machines
// share one .env: copy it rather than let each machine make its own.
const SECRETS = {
  BETTER_AUTH_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  REVALIDATE_SECRET: () => crypto.randomBytes(32).toString("base64url"),
  NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: () => crypto.randomBytes(32).toString("base64"),
};

export function ensureEnvFile(file = ".env") {
  const isNew = !fs.existsSync(file);
  let text = isNew ? fs.readFileSync(".env.example", "utf8") : fs.readFileSync(file, "utf8");
  const filled = [];
  for (const [name, make] of Object.entries(SECRETS)) {
    const line = new RegExp(`^${name}=(.*)$`, "m");
    const value = line.exec(text)?.[1]?.trim() ?? "";
    if (value !== "" && value !== '""') continue;
    const entry = `${name}="${make()}"`;
    text = line.test(text) ? text.replace(line, entry) : `${text.replace(/\n?$/, "\n")}${entry}\n`;
    filled.push(name);
  }
  if (isNew || filled.length > 0) fs.writeFileSync(file, text);
  if (isNew) console.log("start: wrote .env with fresh secrets");
  else if (filled.length > 0) console.log(`start: .env had no ${filled.join(", ")}; wrote fresh ones`);
}

// SQLite or PostgreSQL, by DATABASE_URL: prisma.config.ts picks that database's migrations.
export async function prepareDatabase(env = {}) {
  const url = env.DATABASE_URL ?? process.env.DATABASE_URL ?? "file:./data/newsroom.db";
  await run(bin("prisma"), ["migrate", "deploy"], { env });
  // WAL mode is a SQLite setting; PostgreSQL needs no tuning here.
  if (url.startsWith("file:")) await run(bin("tsx"), ["scripts/db-tune.ts"], { env });
  await run(bin("tsx"), ["prisma/seed.ts"], { env });
}
