import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { parseReport } from "@/lib/content/parse-report";
import { createReport } from "./create-report";

const ARTICLE = "Un titre court\n\n\"Nous resterons\", affirme Jean Dupont, maire de Lyon.\n";
let contentDir: string;
const reports = () => path.join(contentDir, "reports");
const snapshot = () => Object.fromEntries(fs.readdirSync(reports()).map((name) => [name, fs.readFileSync(path.join(reports(), name), "utf8")]));

beforeEach(() => {
  contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "content-new-"));
  fs.mkdirSync(reports());
  fs.copyFileSync("content/reports/index.ts", path.join(reports(), "index.ts"));
});
afterEach(() => fs.rmSync(contentDir, { recursive: true, force: true }));

describe("createReport", () => {
  it("writes reports/<slug>.mdx and lists it in reports/index.ts", () => {
    const created = createReport({ contentDir, slug: "lyon-2026", text: ARTICLE, date: "2026-12", outlet: "Le Monde", targetLanguages: ["ru"] });
    const mdx = fs.readFileSync(path.join(reports(), "lyon-2026.mdx"), "utf8");
    expect(mdx).toBe(created.mdx);
    expect(mdx).toContain("targetLanguages: [ru]");
    expect(parseReport(mdx, "lyon-2026.mdx")).toMatchObject({ title: "Un titre court", speakers: { dupont: { name: "Jean Dupont", role: "maire de Lyon" } } });
    expect(fs.readFileSync(path.join(reports(), "index.ts"), "utf8")).toContain(`"lyon-2026": () => import("./lyon-2026.mdx"),`);
  });

  it("targets every configured target language by default", () => {
    expect(createReport({ contentDir, slug: "lyon", text: ARTICLE, date: "2026", outlet: "O" }).mdx).toMatch(/\ntargetLanguages: \[en, ru\]\n/);
  });

  it.each([
    [{ slug: "Lyon 2026" }, /invalid slug/],
    [{ slug: "lyon--2026" }, /invalid slug/],
    [{ slug: "lyon-" }, /invalid slug/],
    [{ slug: "almaty-janvier-2022" }, /already listed/],
    [{ targetLanguages: ["de"] }, /unknown target language de/],
    [{ targetLanguages: ["en", "en"] }, /twice/],
    [{ date: "décembre" }, /invalid date/],
    [{ outlet: undefined }, /missing --outlet/],
    [{ text: "Une phrase.\n\nUne autre." }, /missing --title/],
  ])("refuses %j and writes nothing", (change, message) => {
    const before = snapshot();
    expect(() => createReport({ contentDir, slug: "lyon", text: ARTICLE, date: "2026-12", outlet: "O", ...change })).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  it("never overwrites an existing report", () => {
    fs.writeFileSync(path.join(reports(), "lyon.mdx"), "hand-made");
    const before = snapshot();
    expect(() => createReport({ contentDir, slug: "lyon", text: ARTICLE, date: "2026-12", outlet: "O" })).toThrow(/already exists/);
    expect(snapshot()).toEqual(before);
  });

  it("says when --date and --title replace what the text has", () => {
    const { unsure } = createReport({ contentDir, slug: "lyon", text: ` date 2025-01 ${ARTICLE}`, date: "2026-12", title: "Autre titre", outlet: "O" });
    expect(unsure.filter((item) => item.where === "report").map((item) => item.what)).toEqual([
      `"date 2025-01" at the start of the text left out of the first paragraph (--date 2026-12 used)`,
      `the first line, "Un titre court", left out of the paragraphs; --title used instead`,
    ]);
  });
});
