"use client";

import { useTranslations } from "next-intl";
import { quoteLabelArgs } from "@/components/review/quote-label";
import type { EditorProblem } from "@/lib/workspace/editor-checks";
import type { WorkspaceQuote } from "@/lib/workspace/workspace-row";

// A problem as the server sends it in an action's details (lib/http/describe-error.ts).
type ServerProblem = { code: string; quote?: string; max?: number };

// The editor checks its fields before sending; its messages are the server's own, except
// that a quotation of the paragraph is named by its number and speaker, never by its id.
export function useDescribeProblem() {
  const t = useTranslations("Errors");
  const named = (problem: ServerProblem, quotes: readonly WorkspaceQuote[]): string | null => {
    const label = quoteLabelArgs(quotes, problem.quote);
    if (!problem.quote || label.number === "?") return null;
    switch (problem.code) {
      case "quote-missing":
        return t("problems.quoteMissingNamed", label);
      case "quote-duplicated":
        return t("problems.quoteDuplicatedNamed", label);
      case "origin-note":
        return t("problems.originNoteNamed", { ...label, max: problem.max ?? 0 });
      default:
        return null;
    }
  };
  const describe = (problem: EditorProblem, quotes: readonly WorkspaceQuote[]): string => {
    const label = named(problem, quotes);
    if (label) return label;
    switch (problem.code) {
      case "markup-typed":
        return t("problems.markupTyped");
      case "origin-note":
        return t("problems.originNote", { max: problem.max });
      case "quote-unknown":
        return t("problems.quoteUnknown", { quote: problem.quote });
      case "quote-duplicated":
        return t("problems.quoteDuplicated", { quote: problem.quote });
      case "empty":
        return t("problems.empty");
      case "too-long":
        return t("problems.tooLong", { length: problem.length, max: problem.max });
    }
  };
  // The server's own wording for everything it does not name by quotation.
  const describeServer = (details: Record<string, unknown>, described: string[], quotes: readonly WorkspaceQuote[]): string[] => {
    const problems = details.problems;
    if (!Array.isArray(problems) || problems.length !== described.length) return described;
    return (problems as ServerProblem[]).map((problem, index) => named(problem, quotes) ?? described[index]);
  };
  return { describe, describeServer };
}
