"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import type { ImportAnswer } from "@/lib/exchange/describe-import";
import { ImportTable } from "./import-table";

type Failure = { message: string; problems: string[] };
type Phase = { kind: "idle" } | { kind: "working" } | { kind: "preview"; answer: ImportAnswer } | { kind: "done"; answer: ImportAnswer };

// Upload → preview (the API's dry run, which writes nothing) → confirm (the same file again,
// judged again in the import's own transaction, so the result table is what was written).
// The file goes to the API route rather than a server action: it may be up to 10 MB.
export function ImportForm({ endpoint, locale, language }: { endpoint: string; locale: string; language: string }) {
  const t = useTranslations("Exchange");
  const router = useRouter();
  const inputId = useId();
  const file = useRef<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [failure, setFailure] = useState<Failure | null>(null);

  async function send(isDryRun: boolean) {
    if (!file.current) {
      setFailure({ message: t("noFile"), problems: [] });
      return;
    }
    setFailure(null);
    setPhase({ kind: "working" });
    try {
      const response = await fetch(`${endpoint}?locale=${locale}${isDryRun ? "&dryRun=1" : ""}`, {
        method: "POST",
        headers: { "content-type": "application/xliff+xml" },
        body: file.current,
      });
      const body = (await response.json()) as ImportAnswer & Partial<Failure>;
      if (!response.ok) {
        setFailure({ message: body.message ?? t("failed", { message: String(response.status) }), problems: body.problems ?? [] });
        setPhase({ kind: "idle" });
        return;
      }
      setPhase({ kind: isDryRun ? "preview" : "done", answer: body });
      if (!isDryRun) router.refresh();
    } catch (error) {
      setFailure({ message: t("failed", { message: error instanceof Error ? error.message : String(error) }), problems: [] });
      setPhase({ kind: "idle" });
    }
  }

  const answer = phase.kind === "preview" || phase.kind === "done" ? phase.answer : null;
  const count = (list: unknown[] | undefined) => list?.length ?? 0;
  return (
    <div className="exchange-import">
      <h3>{t("importTitle")}</h3>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void send(true);
        }}
      >
        <label htmlFor={inputId}>{t("importLabel")}</label>{" "}
        <input
          id={inputId}
          type="file"
          accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
          onChange={(event) => {
            file.current = event.target.files?.[0] ?? null;
            setPhase({ kind: "idle" });
            setFailure(null);
          }}
        />{" "}
        <button type="submit" disabled={phase.kind === "working"}>
          {t("previewButton")}
        </button>
      </form>
      <div role="status" className="exchange-status">
        {phase.kind === "working" ? t("working") : null}
        {answer
          ? t(phase.kind === "done" ? "done" : "summary", {
              imported: count(answer.imported),
              accepted: count(answer.accepted),
              unchanged: count(answer.unchanged),
              conflicts: count(answer.conflicts),
              refused: count(answer.refused),
            })
          : null}
      </div>
      <div role="alert" className="exchange-error">
        {failure ? (
          <>
            <p>{failure.message}</p>
            {failure.problems.length > 0 ? (
              <ul>
                {failure.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
            <p>{t("refusedFile")}</p>
          </>
        ) : null}
      </div>
      {answer ? <ImportTable answer={answer} isPreview={phase.kind === "preview"} language={language} /> : null}
      {phase.kind === "preview" ? (
        <p className="exchange-buttons">
          {answer && answer.accepted.length > 0 ? (
            <button type="button" onClick={() => void send(false)}>
              {t("confirmButton", { count: answer.accepted.length })}
            </button>
          ) : (
            <span>{t("nothingToImport")}</span>
          )}{" "}
          <button type="button" className="ws-button-secondary" onClick={() => setPhase({ kind: "idle" })}>
            {t("cancel")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
