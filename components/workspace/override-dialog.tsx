"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { CheckId } from "@/lib/checks";
import type { OverrideInput } from "@/lib/checks/overrides";

type OverrideDialogProps = { checks: readonly CheckId[]; onSubmit: (overrides: OverrideInput[]) => void; onCancel: () => void };

// An error stops "submit for review" unless the translator says, per error check, why the text
// is right; the reasons go with the submission (the server judges them again).
export function OverrideDialog({ checks, onSubmit, onCancel }: OverrideDialogProps) {
  const t = useTranslations("CheckList");
  const [reasons, setReasons] = useState<Record<string, string>>({});
  const [isMissing, setIsMissing] = useState(false);
  const first = useRef<HTMLTextAreaElement>(null);
  useEffect(() => first.current?.focus(), []);
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (checks.some((check) => !(reasons[check] ?? "").trim())) return setIsMissing(true);
    onSubmit(checks.map((check) => ({ check, reason: reasons[check] ?? "" })));
  };
  return (
    // Ctrl/Cmd+Enter here submits the dialog (the page's shortcut would only ask again)
    <form
      className="ws-override"
      role="dialog"
      aria-labelledby="ws-override-heading"
      aria-describedby="ws-override-intro"
      onSubmit={submit}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === "Enter") {
          event.preventDefault();
          event.currentTarget.requestSubmit();
        }
      }}
      data-own-shortcuts
      data-testid="override-dialog"
    >
      <h3 id="ws-override-heading">{t("overrideHeading")}</h3>
      <p id="ws-override-intro">{t("overrideIntro")}</p>
      {checks.map((check, index) => (
        <label key={check}>
          {t("overrideReason", { check })}
          <textarea
            ref={index === 0 ? first : undefined}
            rows={2}
            maxLength={500}
            value={reasons[check] ?? ""}
            onChange={(event) => setReasons((current) => ({ ...current, [check]: event.target.value }))}
          />
        </label>
      ))}
      {isMissing ? <p role="alert">{t("overrideRequired")}</p> : null}
      <button type="submit">{t("overrideSubmit")}</button>{" "}
      <button type="button" className="ws-button-secondary" onClick={onCancel}>
        {t("overrideCancel")}
      </button>
    </form>
  );
}
