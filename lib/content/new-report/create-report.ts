import fs from "node:fs";
import path from "node:path";
import { isTargetLanguage, TARGET_LANGUAGES } from "@/lib/languages";
import { NewReportError } from "./new-report-error";
import { proposeReport, type Proposal } from "./propose-report";
import { registerReport } from "./register-report";

export type CreateReportOptions = {
  contentDir: string;
  slug: string;
  text: string;
  title?: string;
  date?: string;
  outlet?: string;
  targetLanguages?: string[];
};
export type CreatedReport = Proposal & { file: string; indexFile: string };

// Same rule as the parser's ids, without a trailing or doubled hyphen: it is also a URL part.
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 80;

// Writes <contentDir>/reports/<slug>.mdx and lists it in reports/index.ts. Every refusal comes
// before the first write; the MDX is written only if absent ("wx"), and taken back if the index
// cannot be written, so a refused or failed run leaves the folder as it was.
export function createReport(options: CreateReportOptions): CreatedReport {
  const { contentDir, slug } = options;
  if (!SLUG.test(slug) || slug.length > MAX_SLUG_LENGTH) {
    throw new NewReportError(`invalid slug "${slug}": lowercase letters, digits and single hyphens, at most ${MAX_SLUG_LENGTH} characters`);
  }
  const targetLanguages = checkTargets(options.targetLanguages ?? [...TARGET_LANGUAGES]);
  const file = path.join(contentDir, "reports", `${slug}.mdx`);
  const indexFile = path.join(contentDir, "reports", "index.ts");
  if (fs.existsSync(file)) throw new NewReportError(`${file} already exists: content:new never overwrites a report`);
  if (!fs.existsSync(indexFile)) throw new NewReportError(`${indexFile} not found: the report could not be listed`);
  const index = registerReport(fs.readFileSync(indexFile, "utf8"), slug);
  const proposal = proposeReport({ ...options, targetLanguages });

  fs.writeFileSync(file, proposal.mdx, { flag: "wx" });
  try {
    fs.writeFileSync(indexFile, index);
  } catch (error) {
    fs.rmSync(file);
    throw error;
  }
  return { ...proposal, file, indexFile };
}

function checkTargets(languages: string[]): string[] {
  const unknown = languages.filter((language) => !isTargetLanguage(language));
  if (unknown.length) throw new NewReportError(`unknown target language ${unknown.join(", ")} (target languages: ${TARGET_LANGUAGES.join(", ")})`);
  if (languages.length === 0) throw new NewReportError("--targets needs at least one target language");
  if (new Set(languages).size !== languages.length) throw new NewReportError("--targets lists a language twice");
  return languages;
}
