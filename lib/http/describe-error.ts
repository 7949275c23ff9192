import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DomainError, HTTP_STATUS, type DomainErrorCode } from "@/lib/errors";
import type { Locale } from "@/i18n/routing";

export type DescribedError = {
  status: number;
  code: DomainErrorCode | "server";
  message: string;
  problems: string[];
  details: Record<string, unknown>;
};

type Problem = { code: string; quote?: string; max?: number; min?: number; length?: number; detail?: string; character?: string; field?: string } & ExchangeFileProblem;
// lib/exchange/file-refusal.ts: a refused exchange file, where in it, and why
type ExchangeFileProblem = { reason?: string; line?: number | null; column?: number | null };

// Turns a refused operation into a status and a message in the user's language.
export async function describeError(error: unknown, locale: Locale): Promise<DescribedError> {
  const t = await getTranslations({ locale, namespace: "Errors" });
  if (error instanceof z.ZodError) {
    return {
      status: 422,
      code: "invalid",
      message: t("invalid"),
      problems: error.issues.map((issue) =>
        // Unknown fields are named by us, in the caller's language: a typo must not pass silently.
        issue.code === "unrecognized_keys"
          ? t("problems.unknownField", { field: issue.keys.map((key) => [...issue.path, key].join(".")).join(", ") })
          : t("problems.field", { field: issue.path.join(".") || "input", message: issue.message }),
      ),
      details: {},
    };
  }
  if (!(error instanceof DomainError)) {
    console.error(error);
    return { status: 500, code: "server", message: t("server"), problems: [], details: {} };
  }
  const problems = ((error.details.problems as Problem[] | undefined) ?? []).map((problem) => describeProblem(t, problem));
  return { status: HTTP_STATUS[error.code], code: error.code, message: headline(t, error), problems, details: error.details };
}

type ErrorsT = Awaited<ReturnType<typeof getTranslations<"Errors">>>;

function headline(t: ErrorsT, error: DomainError): string {
  switch (error.code) {
    case "unauthenticated":
      return error.details.reason === "bad-credentials" ? t("badCredentials") : t("unauthenticated");
    case "forbidden":
      if (error.details.reason === "own-revision") return t("ownRevision");
      if (error.details.reason === "own-admin") return t("ownAdmin");
      if (error.details.reason === "own-password") return t("ownPassword");
      if (error.details.reason === "own-account") return t("ownAccount");
      if (error.details.reason === "deactivated") return t("accountDeactivated");
      if (error.details.reason === "cross-site") return t("crossSite");
      return t("forbidden");
    case "not-found": {
      const what = error.details.what;
      if (what === "report") return t("notFoundReport");
      if (what === "paragraph") return t("notFoundParagraph");
      if (what === "language") return t("notFoundLanguage");
      if (what === "user") return t("notFoundUser");
      if (what === "token") return t("notFoundToken");
      if (what === "glossary-entry") return t("notFoundGlossaryEntry");
      return t("notFound");
    }
    case "conflict":
      if (error.details.what === "glossary-entry") return t("glossaryEntryChanged");
      if (error.details.what === "glossary-term") return t("glossaryTermExists");
      return error.details.what === "email" ? t("emailTaken") : t("conflict");
    case "invalid-transition":
      if (error.details.what === "glossary-proposal") return t("glossaryProposalDecided");
      if (error.details.what === "glossary-rejected") return t("glossaryRejectedNotEdited");
      return t("invalidTransition", { state: String(error.details.state ?? "") });
    case "locked": {
      const seconds = Number(error.details.retryAfterSeconds ?? 0);
      return seconds > 0 ? t("lockedFor", { minutes: Math.max(1, Math.ceil(seconds / 60)) }) : t("locked");
    }
    case "invalid":
      return t("invalid");
    case "too-large":
      return t("tooLarge", { kilobytes: Math.floor(Number(error.details.maxBytes ?? 0) / 1024) });
  }
}

function describeProblem(t: ErrorsT, problem: Problem): string {
  const quote = problem.quote ?? "";
  switch (problem.code) {
    case "empty":
      return t("problems.empty");
    case "too-long":
      return t("problems.tooLong", { length: problem.length ?? 0, max: problem.max ?? 0 });
    case "exchange-file": {
      const reason = (problem.reason ?? "").replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
      const where = problem.line ? (problem.column ? t("problems.exchangeAt", { line: problem.line, column: problem.column }) : t("problems.exchangeAtLine", { line: problem.line })) : "";
      return where + t("problems.exchangeFile", { reason, detail: problem.detail ?? "" });
    }
    case "exchange-no-units":
      return t("problems.exchangeNoUnits");
    case "exchange-states":
      return t("problems.exchangeStates", { states: problem.detail ?? "" });
    case "markup":
      return t("problems.markup", { detail: problem.detail ?? "" });
    case "markup-typed":
      return t("problems.markupTyped");
    case "quote-missing":
      return t("problems.quoteMissing", { quote });
    case "quote-unknown":
      return t("problems.quoteUnknown", { quote });
    case "quote-duplicated":
      return t("problems.quoteDuplicated", { quote });
    case "origin-note":
      return t("problems.originNote", { max: problem.max ?? 0 });
    case "comment-required":
      return t("problems.commentRequired");
    case "warnings-unacknowledged":
      return t("problems.warningsUnacknowledged");
    case "check-errors":
      return t("problems.checkErrors", { checks: problem.detail ?? "" });
    case "override-reason":
      return t("problems.overrideReason", { check: problem.detail ?? "", max: problem.max ?? 0 });
    case "unknown-check":
      return t("problems.unknownCheck", { check: problem.detail ?? "" });
    case "dismiss-error":
      return t("problems.dismissError", { check: problem.detail ?? "" });
    case "token-name":
      return t("problems.tokenName", { max: problem.max ?? 0 });
    case "too-many-tokens":
      return t("problems.tooManyTokens", { max: problem.max ?? 0 });
    case "name-required":
      return t("problems.nameRequired");
    case "email-invalid":
      return t("problems.emailInvalid");
    case "password-length":
      return t("problems.passwordLength", { min: problem.min ?? 0, max: problem.max ?? 0 });
    case "current-password-wrong":
      return t("problems.currentPasswordWrong");
    case "not-json":
      return t("problems.notJson");
    case "not-utf8":
      return t("problems.notUtf8");
    case "too-deep":
      return t("problems.tooDeep", { max: problem.max ?? 0 });
    case "not-well-formed":
      return problem.field ? t("problems.field", { field: problem.field, message: t("problems.notWellFormed") }) : t("problems.notWellFormed");
    case "control-character":
      return t("problems.controlCharacter", { character: problem.character ?? "" });
    case "bidi-control":
      return t("problems.bidiControl", { character: problem.character ?? "" });
    case "glossary-term-required":
      return t("problems.glossaryTermRequired");
    case "glossary-translation-required":
      return t("problems.glossaryTranslationRequired");
    case "glossary-translation-empty":
      return t("problems.glossaryTranslationEmpty");
    case "glossary-translation-duplicate":
      return t("problems.glossaryTranslationDuplicate", { translation: problem.detail ?? "" });
    case "glossary-translations-kept":
      return t("problems.glossaryTranslationsKept");
    case "glossary-flags-conflict":
      return t("problems.glossaryFlagsConflict");
    case "glossary-too-many-translations":
      return t("problems.glossaryTooManyTranslations", { max: problem.max ?? 0 });
    default:
      return t("invalid");
  }
}
