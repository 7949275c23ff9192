// For the save benchmark (scripts/bench-saves.mjs): creates translators on DATABASE_URL's
// database through the app's own operations (createUser, as `npm run user:create` does, then
// createAccessToken, as the account page does), alternating the target languages, and writes
// [{ email, language, token }] as JSON to the file given by --out. Throwaway databases only.
import fs from "node:fs";
import { parseArgs } from "node:util";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { db } from "@/lib/db/client";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { loadActor } from "@/lib/users/actor";
import { createUser } from "@/lib/users/create-user";

const { values } = parseArgs({ options: { count: { type: "string" }, out: { type: "string" } } });

async function main(): Promise<void> {
  const count = Number(values.count);
  if (!Number.isInteger(count) || count < 1 || !values.out) throw new Error("Usage: tsx scripts/bench-translators.ts --count 20 --out <file.json>");
  const translators = [];
  for (let index = 0; index < count; index += 1) {
    const language = TARGET_LANGUAGES[index % TARGET_LANGUAGES.length];
    const number = String(index + 1).padStart(2, "0");
    const email = `bench-translator-${number}@newsroom.test`;
    const { id } = await createUser(
      db,
      { name: `Bench Translator ${number}`, email, password: `bench-password-${number}`, roles: [{ role: "translator", language }] },
      { actorId: null },
    );
    const { token } = await createAccessToken(db, { actor: await loadActor(db, id), name: "bench" });
    translators.push({ email, language, token });
  }
  fs.writeFileSync(values.out, JSON.stringify(translators));
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
