"use client";

import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useIsHydrated } from "./use-is-hydrated";

type CommentFieldProps = {
  label: string;
  help?: string;
  submitLabel: string;
  pendingLabel: string;
  requiredMessage: string;
  isPending: boolean;
  name: string;
  onSubmit: (text: string) => Promise<boolean>;
};

// A required comment and its button; Ctrl/Cmd+Enter sends it. An empty comment is refused
// here with a message (the server refuses it too), and nothing typed is lost on failure.
export function CommentField({ label, help, submitLabel, pendingLabel, requiredMessage, isPending, name, onSubmit }: CommentFieldProps) {
  const id = useId();
  const [text, setText] = useState("");
  const [isMissing, setIsMissing] = useState(false);
  const field = useRef<HTMLTextAreaElement>(null);
  const isHydrated = useIsHydrated();

  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (isPending) return;
    if (text.trim() === "") {
      setIsMissing(true);
      field.current?.focus();
      return;
    }
    if (await onSubmit(text)) setText("");
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) void submit(event);
  };
  const described = [help ? `${id}-help` : null, isMissing ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;

  return (
    <form className="review-comment-form" onSubmit={submit} noValidate data-form={name}>
      <label htmlFor={`${id}-text`}>{label}</label>
      {help ? (
        <p id={`${id}-help`} className="review-meta">
          {help}
        </p>
      ) : null}
      <textarea
        ref={field}
        id={`${id}-text`}
        name={name}
        rows={3}
        value={text}
        aria-invalid={isMissing || undefined}
        aria-describedby={described}
        onChange={(event) => {
          setText(event.target.value);
          if (event.target.value.trim() !== "") setIsMissing(false);
        }}
        onKeyDown={onKeyDown}
      />
      {isMissing ? (
        <p id={`${id}-error`} className="review-error-text">
          {requiredMessage}
        </p>
      ) : null}
      <button type="submit" disabled={isPending || !isHydrated}>
        {isPending ? pendingLabel : submitLabel}
      </button>
    </form>
  );
}
