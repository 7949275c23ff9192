import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";

// The command itself, end to end, in a throwaway content folder (--content-dir).
let dir: string;
const run = (...args: string[]) =>
  spawnSync(path.resolve("node_modules/.bin/tsx"), ["scripts/content-new.ts", "--content-dir", path.join(dir, "content"), ...args], { encoding: "utf8" });

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "content-new-cli-"));
  fs.mkdirSync(path.join(dir, "content", "reports"), { recursive: true });
  fs.copyFileSync("content/reports/index.ts", path.join(dir, "content", "reports", "index.ts"));
  fs.writeFileSync(
    path.join(dir, "article.txt"),
    " date 2026-12 Lyon sous la neige\n\nLa ville s’est réveillée blanche. « On n’avait jamais vu ça », raconte Marie Curie, habitante de la Croix-Rousse.\n\n\"Je reste\", dit-elle. Un \"miracle\" {dit-on} <ici>.\n",
  );
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("npm run content:new", () => {
  it("writes the report, prints what to check, then refuses to overwrite it", () => {
    const first = run("--slug", "lyon-neige", "--from", path.join(dir, "article.txt"), "--outlet", "Le Progrès", "--targets", "en");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(first.stdout).toContain("reports/lyon-neige.mdx");
    expect(first.stdout).toContain('"date 2026-12" at the start of the text read as the date');
    const file = path.join(dir, "content", "reports", "lyon-neige.mdx");
    const mdx = fs.readFileSync(file, "utf8");
    expect(mdx).toContain('{/*\nTo check before npm run content:sync');
    const report = parseReport(mdx, file);
    expect(report).toMatchObject({ title: "Lyon sous la neige", date: "2026-12", outlet: "Le Progrès", speakers: { curie: { name: "Marie Curie" } } });
    expect(report.units.map((unit) => unit.quotes.map((quote) => [quote.kind, quote.speakerKey]))).toEqual([
      [["speech", "curie"]],
      [["speech", "curie"], ["term", null]],
    ]);
    expect(report.units[1].text).toContain("{dit-on} <ici>.");

    const again = run("--slug", "lyon-neige", "--from", path.join(dir, "article.txt"), "--outlet", "Autre", "--title", "Autre");
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/lyon-neige\.mdx already exists/);
    expect(fs.readFileSync(file, "utf8")).toBe(mdx);
  });

  it("refuses an invalid slug with a message and a non-zero exit", () => {
    const listing = () => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).sort();
    const index = () => fs.readFileSync(path.join(dir, "content", "reports", "index.ts"), "utf8");
    const [filesBefore, indexBefore] = [listing(), index()];
    const result = run("--slug", "../evil", "--from", path.join(dir, "article.txt"), "--outlet", "O");
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/invalid slug "\.\.\/evil"/);
    expect(listing()).toEqual(filesBefore);
    expect(index()).toBe(indexBefore);
  });
});
