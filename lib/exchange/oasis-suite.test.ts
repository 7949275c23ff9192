import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readXliffFile } from "./read-xliff-file";

// The OASIS XLIFF 2.0 test suite, where ../shared has it (the CI's copy does); a handful of its
// files are vendored under fixtures/oasis so that this never passes on nothing.
const SUITE = path.resolve("../shared/xliff-2.0-test-suite/core");
const FIXTURES = path.resolve("lib/exchange/fixtures/oasis");

async function isAccepted(file: string): Promise<{ accepted: boolean; message: string }> {
  try {
    await readXliffFile(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
    return { accepted: true, message: "" };
  } catch (error) {
    return { accepted: false, message: error instanceof Error ? error.message : String(error) };
  }
}

async function rates(folder: string) {
  const list = (kind: string) => fs.readdirSync(path.join(folder, kind)).filter((name) => name.endsWith(".xlf")).map((name) => path.join(folder, kind, name));
  const valid = list("valid");
  const invalid = list("invalid");
  const wronglyRefused: string[] = [];
  const wronglyAccepted: string[] = [];
  for (const file of valid) {
    const { accepted, message } = await isAccepted(file);
    if (!accepted) wronglyRefused.push(`${path.basename(file)}: ${message}`);
  }
  for (const file of invalid) if ((await isAccepted(file)).accepted) wronglyAccepted.push(path.basename(file));
  return { valid: valid.length, invalid: invalid.length, wronglyRefused, wronglyAccepted };
}

// It reads no database: run once, in the SQLite project, not again in the PostgreSQL one.
describe.skipIf(process.env.TEST_DATABASE === "postgres")("the OASIS XLIFF 2.0 test suite", () => {
  it("vendored files: valid ones read, invalid ones refused", { timeout: 60_000 }, async () => {
    const result = await rates(FIXTURES);
    expect(result.valid).toBeGreaterThan(0);
    expect(result.wronglyRefused).toEqual([]);
    expect(result.wronglyAccepted).toEqual([]);
  });

  it.skipIf(!fs.existsSync(SUITE))("the whole core suite in ../shared (skipped only where ../shared has no suite)", { timeout: 300_000 }, async () => {
    const result = await rates(SUITE);
    const refused = result.invalid - result.wronglyAccepted.length;
    console.log(
      `OASIS XLIFF 2.0 core suite: ${result.valid - result.wronglyRefused.length} of ${result.valid} valid files read, ` +
        `${refused} of ${result.invalid} invalid files refused (${((100 * refused) / result.invalid).toFixed(1)} %)\n` +
        `valid files refused: ${result.wronglyRefused.join("; ") || "none"}\ninvalid files accepted: ${result.wronglyAccepted.join(", ") || "none"}`,
    );
    expect(result.wronglyRefused).toEqual([]);
    expect(refused / result.invalid).toBeGreaterThanOrEqual(0.95);
  });
});
