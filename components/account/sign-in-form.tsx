"use client";

import { useActionState, useEffect, useSyncExternalStore } from "react";
import { signInAction, type SignInState } from "@/app/[locale]/sign-in/actions";

type Labels = { email: string; password: string; submit: string; pending: string };

const subscribeNothing = () => () => undefined;

export function SignInForm({ locale, next: nextPath, labels }: { locale: string; next: string; labels: Labels }) {
  const [state, action, isPending] = useActionState<SignInState, FormData>(signInAction, null);
  const isHydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  const error = state && !state.ok ? state.message : null;
  const next = state?.ok ? state.next : undefined;
  useEffect(() => {
    if (next) window.location.assign(new URL(next, window.location.origin).href);
  }, [next]);
  return (
    <form action={action} className="stacked-form" aria-describedby={error ? "sign-in-error" : undefined}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={nextPath} />
      <input type="hidden" name="navigate" value={isHydrated ? "client" : "server"} />
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
      <button type="submit" disabled={isPending || Boolean(next)}>
        {isPending || next ? labels.pending : labels.submit}
      </button>
    </form>
  );
}
