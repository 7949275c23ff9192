import { NewReportError } from "./new-report-error";

// content/reports/index.ts with one more report module, as the hand-written lines read:
// `  "<slug>": () => import("./<slug>.mdx"),` at the end of `reportModules`.
const MODULES = /export const reportModules\b[^\n]*=\s*\{\n([\s\S]*?)\n\};/;

export function registerReport(indexSource: string, slug: string): string {
  const modules = MODULES.exec(indexSource);
  if (!modules) throw new NewReportError("reports/index.ts has no `export const reportModules = { … };` to add the report to");
  if (modules[1].includes(`"${slug}":`)) throw new NewReportError(`"${slug}" is already listed in reports/index.ts`);
  const line = `  "${slug}": () => import("./${slug}.mdx"),`;
  const end = modules.index + modules[0].length - "\n};".length;
  return `${indexSource.slice(0, end)}\n${line}${indexSource.slice(end)}`;
}
