import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ensureEnvFile } from "./lib.mjs";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-env-"));
const file = path.join(dir, ".env");
afterEach(() => fs.rmSync(file, { force: true }));

describe("ensureEnvFile", () => {
  it("writes .env from .env.example with every secret filled in", () => {
    ensureEnvFile(file);
    const text = fs.readFileSync(file, "utf8");
    for (const name of ["BETTER_AUTH_SECRET", "REVALIDATE_SECRET", "NEXT_SERVER_ACTIONS_ENCRYPTION_KEY"]) {
      expect(text).toMatch(new RegExp(`^${name}="[A-Za-z0-9+/_=-]{40,}"$`, "m"));
    }
    expect(text).toContain('DATABASE_URL="file:./data/newsroom.db"');
  });

  it("fills in a hand-written .env's missing or empty secrets, and leaves everything else as it was", () => {
    fs.writeFileSync(file, 'DATABASE_URL="postgresql://newsroom@db/newsroom"\nBETTER_AUTH_SECRET=""\nREVALIDATE_SECRET="kept"\n');
    ensureEnvFile(file);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain('DATABASE_URL="postgresql://newsroom@db/newsroom"');
    expect(text).toContain('REVALIDATE_SECRET="kept"');
    expect(text).toMatch(/^BETTER_AUTH_SECRET="[\w-]{40,}"$/m);
    expect(text).toMatch(/^NEXT_SERVER_ACTIONS_ENCRYPTION_KEY="[A-Za-z0-9+/=]{40,}"$/m);
    ensureEnvFile(file);
    expect(fs.readFileSync(file, "utf8")).toBe(text);
  });
});
