"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import type { ActionResult } from "@/lib/http/server-action";
import { CommentField } from "./comment-field";

type Target = { locale: string; slug: string; paragraphKey: string; language: string };

type CommentFormProps = {
  target: Target;
  labels: { label: string; post: string; sending: string; empty: string; posted: string };
  addComment: (input: Target & { body: string }) => Promise<ActionResult<{ id: string }>>;
};

export function CommentForm({ target, labels, addComment }: CommentFormProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [status, setStatus] = useState<{ isError: boolean; message: string } | null>(null);
  const post = (body: string) =>
    new Promise<boolean>((resolve) => {
      startTransition(async () => {
        const result = await addComment({ ...target, body });
        setStatus(result.ok ? { isError: false, message: labels.posted } : { isError: true, message: [result.message, ...result.problems].join(" ") });
        if (result.ok) router.refresh();
        resolve(result.ok);
      });
    });
  return (
    <>
      <CommentField
        name="comment"
        label={labels.label}
        submitLabel={labels.post}
        pendingLabel={labels.sending}
        requiredMessage={labels.empty}
        isPending={isPending}
        onSubmit={post}
      />
      <p role="status" className={status?.isError ? "review-error-text" : "review-meta"}>
        {status?.message}
      </p>
    </>
  );
}
