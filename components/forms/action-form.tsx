"use client";

import { useActionState, type ReactNode } from "react";
import type { FormState } from "@/lib/http/form-state";

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  children: ReactNode;
  className?: string;
  label?: string;
  submitLabel: string;
  pendingLabel: string;
  submitClassName?: string;
  // when several forms share a button text ("Revoke"), each button needs its own name
  submitAriaLabel?: string;
};

// A form bound to a server action, with its answer (success or the refusal and its
// problems) announced next to the button.
export function ActionForm({ action, children, className, label, submitLabel, pendingLabel, submitClassName, submitAriaLabel }: Props) {
  const [state, formAction, isPending] = useActionState<FormState, FormData>(action, null);
  return (
    <form action={formAction} className={className} aria-label={label}>
      {children}
      <div className="form-actions">
        <button type="submit" disabled={isPending} className={submitClassName} aria-label={submitAriaLabel}>
          {isPending ? pendingLabel : submitLabel}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

export function FormMessage({ state }: { state: FormState<unknown> }) {
  return (
    <div aria-live="polite" className="form-message">
      {state?.ok ? <p className="form-success">{state.message}</p> : null}
      {state && !state.ok ? (
        <div className="form-error" role="alert">
          <p>{state.message}</p>
          {state.problems.length > 0 ? (
            <ul>
              {state.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
