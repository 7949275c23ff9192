"use client";

import { useState, useTransition } from "react";
import type { FormState } from "@/lib/http/form-state";

export type RoleChip = { key: string; label: string; role: string; language: string; removeLabel: string; confirmText: string; doneText: string };

type Props = {
  userId: string;
  locale: string;
  listLabel: string;
  adminLabel: string | null; // the admin flag, shown but not removed here
  noneLabel: string | null;
  chips: readonly RoleChip[];
  labels: { remove: string; confirm: string; cancel: string; pending: string };
  removeRole: (previous: FormState, formData: FormData) => Promise<FormState>;
};

// Removing a role asks first, then says it happened. The message lives here, beside the list,
// because the chip it was about is gone once the page has the server's new roles.
export function RoleChips({ userId, locale, listLabel, adminLabel, noneLabel, chips, labels, removeRole }: Props) {
  const [asking, setAsking] = useState<string | null>(null);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();
  const asked = chips.find((chip) => chip.key === asking) ?? null;

  const remove = (chip: RoleChip) =>
    startTransition(async () => {
      const formData = new FormData();
      for (const [name, value] of Object.entries({ locale, userId, role: chip.role, language: chip.language })) formData.set(name, value);
      const result = await removeRole(null, formData);
      setAsking(null);
      setAnswer(result?.ok ? { ok: true, text: chip.doneText } : { ok: false, text: result?.message ?? "" });
    });

  return (
    <div className="role-chips-block">
      <ul className="role-chips" aria-label={listLabel}>
        {adminLabel ? <li className="role-chip">{adminLabel}</li> : null}
        {chips.map((chip) => (
          <li className="role-chip" key={chip.key}>
            <span>{chip.label}</span>
            <button type="button" className="link-button" aria-label={chip.removeLabel} disabled={isPending} onClick={() => { setAnswer(null); setAsking(chip.key); }}>
              {labels.remove}
            </button>
          </li>
        ))}
        {noneLabel ? <li className="hint">{noneLabel}</li> : null}
      </ul>
      {asked ? (
        <div className="role-confirm" role="group" aria-label={asked.confirmText}>
          <p>{asked.confirmText}</p>
          <button type="button" className="danger" disabled={isPending} onClick={() => remove(asked)}>
            {isPending ? labels.pending : labels.confirm}
          </button>{" "}
          <button type="button" disabled={isPending} onClick={() => setAsking(null)}>
            {labels.cancel}
          </button>
        </div>
      ) : null}
      <div aria-live="polite" className="form-message">
        {answer ? <p className={answer.ok ? "form-success" : "form-error"}>{answer.text}</p> : null}
      </div>
    </div>
  );
}
