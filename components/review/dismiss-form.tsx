"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/http/server-action";
import "@/components/checks/checks.css";

type Target = { locale: string; slug: string; paragraphKey: string; language: string };
export type DismissAction = (input: Target & { check: string; quote: string; reason: string }) => Promise<ActionResult<{ id: string }>>;
export type DismissLabels = { summary: string; reason: string; submit: string; sending: string };

type DismissFormProps = { action: DismissAction; target: Target; check: string; quote: string; labels: DismissLabels };

// A reviewer marks one warning as a false positive on this paragraph, with a reason; the page
// then reloads without it (the server filters dismissed warnings everywhere).
export function DismissForm({ action, target, check, quote, labels }: DismissFormProps) {
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [isPending, startTransition] = useTransition();
  const id = `dismiss-${check}-${quote}`;
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    startTransition(async () => {
      const result = await action({ ...target, check, quote, reason });
      if (result.ok) return router.refresh();
      setError({ message: result.message, problems: result.problems });
    });
  };
  return (
    <details className="review-dismiss" data-dismiss={check}>
      <summary>{labels.summary}</summary>
      <form onSubmit={submit}>
        <label htmlFor={id}>{labels.reason}</label>
        <textarea id={id} value={reason} onChange={(event) => setReason(event.target.value)} rows={2} maxLength={500} aria-describedby={error ? `${id}-error` : undefined} />
        <button type="submit" disabled={isPending}>
          {isPending ? labels.sending : labels.submit}
        </button>
        {error ? (
          <p id={`${id}-error`} role="alert">
            {error.message} {error.problems.join(" ")}
          </p>
        ) : null}
      </form>
    </details>
  );
}
