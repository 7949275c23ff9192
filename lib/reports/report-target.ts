import { DomainError } from "@/lib/errors";
import { reportTargetLanguages, type TargetLanguage } from "@/lib/languages";

// A language the report is translated into, or the 404 the API and pages answer for an unknown
// language ("This report is not translated into that language"): a report may target fewer
// languages than the newsroom (its front matter's targetLanguages, Report.targetLanguages).
// Checked before anything is read or written for that language, so a refusal changes nothing.
export function requireReportTarget(report: { targetLanguages: string | null }, language: string): TargetLanguage {
  if (!reportTargetLanguages(report.targetLanguages).includes(language)) {
    throw new DomainError("not-found", `This report is not translated into ${language}`, { what: "language" });
  }
  return language;
}
