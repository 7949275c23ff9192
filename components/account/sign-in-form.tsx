"use client";

import { useActionState } from "react";
import { signInAction, type SignInState } from "@/app/[locale]/sign-in/actions";

type Labels = { email: string; password: string; submit: string; pending: string };

export function SignInForm({ locale, next, labels }: { locale: string; next: string; labels: Labels }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, null);
  const error = state && !state.ok ? state.message : null;
  return (
    <form action={action} className="stacked-form" aria-describedby={error ? "sign-in-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      {error ? (
        <p id="sign-in-error" className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      <label>
        <span>{labels.email}</span>
        <input name="email" type="email" autoComplete="username" required defaultValue={state?.email ?? ""} aria-invalid={Boolean(error)} />
      </label>
      <label>
        <span>{labels.password}</span>
        <input name="password" type="password" autoComplete="current-password" required aria-invalid={Boolean(error)} />
      </label>
      <button type="submit" disabled={isPending}>
        {isPending ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
