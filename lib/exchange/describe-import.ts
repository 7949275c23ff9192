import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import type { RefusalProblem } from "./classify-units";
import type { ImportXliffResult } from "./import-xliff";

type ExchangeT = Awaited<ReturnType<typeof getTranslations<"Exchange">>>;

// The import's answer as the API sends it: the four lists by unit id, each refusal's reasons in
// the caller's language beside their codes, and where in the file the refused unit starts.
export async function describeImport(result: ImportXliffResult, locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Exchange" });
  const version = new Map(result.imported.map((unit) => [unit.id, unit.version]));
  return {
    dryRun: result.isDryRun,
    imported: result.isDryRun ? [] : result.accepted.map((unit) => ({ id: unit.id, fileState: unit.fileState, version: version.get(unit.id) ?? null, text: unit.text })),
    accepted: result.isDryRun ? result.accepted.map((unit) => ({ id: unit.id, fileState: unit.fileState, text: unit.text })) : [],
    unchanged: result.unchanged,
    conflicts: result.conflicts,
    refused: result.refused.map((unit) => ({ ...unit, reasons: unit.problems.map((problem) => describeRefusal(t, problem)) })),
  };
}

export type ImportAnswer = Awaited<ReturnType<typeof describeImport>>;

function describeRefusal(t: ExchangeT, problem: RefusalProblem): string {
  switch (problem.code) {
    case "unknown-paragraph":
      return t("reasons.unknownParagraph");
    case "duplicate-unit":
      return t("reasons.duplicateUnit");
    case "no-base-version":
      return t("reasons.noBaseVersion");
    case "inline-code":
      return t("reasons.inlineCode", { element: problem.element });
    case "nested-quote":
      return t("reasons.nestedQuote", { quote: problem.quote });
    case "partial-target":
      return t("reasons.partialTarget");
    case "markup-typed":
      return t("reasons.markupTyped");
    case "bad-code-point":
      return t("reasons.badCodePoint");
    case "quote-missing":
      return t("reasons.quoteMissing", { quote: problem.quote });
    case "quote-unknown":
      return t("reasons.quoteUnknown", { quote: problem.quote });
    case "quote-duplicated":
      return t("reasons.quoteDuplicated", { quote: problem.quote });
    case "empty":
      return t("reasons.empty");
    case "too-long":
      return t("reasons.tooLong", { length: problem.length, max: problem.max });
    case "markup":
      return t("reasons.markup", { detail: problem.detail });
    case "not-well-formed":
      return t("reasons.notWellFormed");
    case "control-character":
      return t("reasons.controlCharacter", { character: problem.character });
    case "bidi-control":
      return t("reasons.bidiControl", { character: problem.character });
    case "origin-note":
      return t("reasons.originNote", { quote: problem.quote, max: problem.max });
  }
}
