import { getTranslations } from "next-intl/server";
import { severityOf, type CheckFinding } from "@/lib/checks";
import { checkMessageArgs } from "@/lib/checks/message-args";
import type { CheckOverride } from "@/lib/checks/overrides";
import type { ReviewQuote } from "@/lib/reviews/review-item";
import { DismissForm, type DismissAction } from "./dismiss-form";

type WarningsProps = { warnings: readonly CheckFinding[]; quotes: readonly ReviewQuote[] };

// Each finding in words, with its severity; a quotation is named by its number and speaker.
export async function WarningTexts({ warnings, quotes }: WarningsProps) {
  const tc = await getTranslations("Checks");
  const tl = await getTranslations("CheckList");
  return warnings.map((warning, index) => (
    <li key={index} data-warning={warning.id} data-severity={severityOf(warning.id)}>
      <span aria-hidden="true">{severityOf(warning.id) === "error" ? "✖ " : "⚠ "}</span>
      {severityOf(warning.id) === "error" ? <span className="visually-hidden">{tl("error")}: </span> : null}
      {tc(warning.id, checkMessageArgs(warning, quotes))}
    </li>
  ));
}

type ListProps = WarningsProps & {
  overrides?: readonly CheckOverride[];
  // the reviewer's "false positive", for warnings (not errors); absent: read only
  dismiss?: { action: DismissAction; target: { locale: string; slug: string; paragraphKey: string; language: string } };
};

export async function WarningsList({ warnings, quotes, overrides = [], dismiss }: ListProps) {
  const t = await getTranslations("Review");
  const tc = await getTranslations("Checks");
  const tl = await getTranslations("CheckList");
  return (
    <section className="review-block" aria-labelledby="review-warnings">
      <h3 id="review-warnings">{t("warningsHeading")}</h3>
      {warnings.length === 0 ? (
        <p className="review-meta">{t("warningsNone")}</p>
      ) : (
        <ul className="review-warnings" data-testid="review-warnings">
          <WarningTexts warnings={warnings} quotes={quotes} />
        </ul>
      )}
      {overrides.length > 0 ? (
        <div data-testid="review-overrides">
          <h4>{tl("overridesHeading")}</h4>
          <ul>
            {overrides.map((override) => (
              <li key={override.check} data-override={override.check}>
                {tl("overrideItem", { check: override.check, reason: override.reason })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {dismiss
        ? warnings
            .filter((warning) => severityOf(warning.id) === "warning")
            .map((warning, index) => (
              <DismissForm
                key={`${warning.id}:${warning.quote ?? ""}:${index}`}
                action={dismiss.action}
                target={dismiss.target}
                check={warning.id}
                quote={warning.quote ?? ""}
                labels={{
                  summary: `${tl("dismiss")}: ${tc(warning.id, checkMessageArgs(warning, quotes))}`,
                  reason: tl("dismissReason"),
                  submit: tl("dismissSubmit"),
                  sending: t("sending"),
                }}
              />
            ))
        : null}
    </section>
  );
}
