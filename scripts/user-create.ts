// `npm run user:create -- --email a@b.org --name "Claire Morel" --admin [--role translator:en …]`
// Creates an account that signs in with e-mail and password: the first admin of a production
// newsroom, who then manages everyone else in /{ui}/admin/users. The password comes from
// NEWSROOM_PASSWORD, else it is asked for on the terminal (not echoed).
import "./env";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { parseArgs } from "node:util";
import { db } from "@/lib/db/client";
import { TARGET_LANGUAGES, type TargetLanguage } from "@/lib/languages";
import { ROLES, type Role } from "@/lib/users/actor";
import { checkNewAccount } from "@/lib/users/check-account-input";
import { createUser, MIN_PASSWORD_LENGTH } from "@/lib/users/create-user";

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    name: { type: "string" },
    admin: { type: "boolean", default: false },
    role: { type: "string", multiple: true, default: [] },
  },
});

function parseRole(value: string): { role: Role; language: TargetLanguage } {
  const [role, language] = value.split(":");
  if (!(ROLES as readonly string[]).includes(role) || !(TARGET_LANGUAGES as readonly string[]).includes(language)) {
    throw new Error(`--role ${value}: expected one of ${ROLES.join("|")}:${TARGET_LANGUAGES.join("|")}`);
  }
  return { role: role as Role, language: language as TargetLanguage };
}

async function askPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Set NEWSROOM_PASSWORD, or run in a terminal to be asked for the password");
  let isMuted = false;
  const output = new Writable({
    write(chunk, _encoding, done) {
      if (!isMuted) process.stdout.write(chunk);
      done();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: true });
  process.stdout.write(question);
  isMuted = true;
  const answer = await new Promise<string>((resolve) => terminal.question("", resolve));
  terminal.close();
  process.stdout.write("\n");
  return answer;
}

async function main(): Promise<void> {
  if (!values.email || !values.name) throw new Error("Usage: npm run user:create -- --email … --name … [--admin] [--role translator:en]…");
  const roles = values.role.map(parseRole);
  const password = process.env.NEWSROOM_PASSWORD ?? (await askPassword(`Password (at least ${MIN_PASSWORD_LENGTH} characters): `));
  const problems = checkNewAccount({ name: values.name, email: values.email, password });
  if (problems.length > 0) throw new Error(`Not created: ${problems.map((problem) => problem.code).join(", ")}`);
  // No actor: the activity page shows it as done from the command line.
  const { id } = await createUser(db, { name: values.name, email: values.email, password, isAdmin: values.admin, roles }, { actorId: null });
  const what = [values.admin ? "admin" : null, ...roles.map((grant) => `${grant.role}:${grant.language}`)].filter(Boolean).join(", ");
  console.log(`user:create: ${values.email.trim().toLowerCase()} created (${what || "no roles yet"}), id ${id}`);
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
