import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { registerReport } from "./register-report";

const INDEX = fs.readFileSync("content/reports/index.ts", "utf8");

describe("registerReport", () => {
  it("adds one import line at the end of reportModules and changes nothing else", () => {
    const result = registerReport(INDEX, "kiev-mars-2022");
    expect(result.split("\n").filter((line) => !INDEX.split("\n").includes(line))).toEqual([`  "kiev-mars-2022": () => import("./kiev-mars-2022.mdx"),`]);
    expect(result.indexOf(`"kiev-mars-2022"`)).toBeGreaterThan(result.indexOf(`"almaty-janvier-2022"`));
    expect(result.trimEnd().endsWith("};")).toBe(true);
  });

  it("refuses a slug already listed, and an index without reportModules", () => {
    expect(() => registerReport(INDEX, "almaty-janvier-2022")).toThrow(/already listed/);
    expect(() => registerReport("export const other = {};\n", "x")).toThrow(/reportModules/);
  });
});
