"use client";

import { useActionState } from "react";
import { FormMessage } from "@/components/forms/action-form";
import type { CreatedTokenData } from "@/app/[locale]/account/actions";
import type { FormState } from "@/lib/http/form-state";
import { CopyButton } from "./copy-button";

type Labels = { name: string; create: string; pending: string; shownOnce: string; copy: string; copied: string; newToken: string };
type Action = (previous: FormState<CreatedTokenData>, formData: FormData) => Promise<FormState<CreatedTokenData>>;

// The secret exists only in this answer: once the page is left or reloaded it cannot be shown again.
export function TokenCreateForm({ action, locale, labels }: { action: Action; locale: string; labels: Labels }) {
  const [state, formAction, isPending] = useActionState<FormState<CreatedTokenData>, FormData>(action, null);
  const created = state?.ok ? state.data : undefined;
  return (
    <div className="token-create">
      <form action={formAction} className="inline-form">
        <input type="hidden" name="locale" value={locale} />
        <label>
          <span>{labels.name}</span>
          <input name="name" required maxLength={80} autoComplete="off" />
        </label>
        <button type="submit" disabled={isPending}>
          {isPending ? labels.pending : labels.create}
        </button>
      </form>
      <FormMessage state={state} />
      {created ? (
        <div className="new-token">
          <p>
            <strong>{labels.newToken}</strong> {labels.shownOnce}
          </p>
          <p className="token-value">
            <code data-testid="new-token">{created.token}</code>
          </p>
          <CopyButton text={created.token} label={labels.copy} copiedLabel={labels.copied} />
        </div>
      ) : null}
    </div>
  );
}
