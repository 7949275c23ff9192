import { describe, expect, it } from "vitest";
import { listReportFiles } from "@/lib/content/report-files";
import { reportModules } from "./index";

// The original edition pages are compiled from the modules listed in index.ts; content:sync
// reads the folder. A report missing from the list would be in the reader and 404 as original.
describe("content/reports/index.ts", () => {
  it("lists every content/reports/*.mdx under its slug, and nothing else", () => {
    expect(Object.keys(reportModules).sort()).toEqual(listReportFiles().map((file) => file.slug));
  });
});
