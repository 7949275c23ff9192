"use client";

import { useTranslations } from "next-intl";
import type { EditorProblem } from "@/lib/workspace/editor-checks";

// The editor checks its fields before sending; its messages are the server's own.
export function useDescribeProblem() {
  const t = useTranslations("Errors");
  return (problem: EditorProblem): string => {
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
}
