"use client";

import { useState, useTransition } from "react";
import { useRouter } from "@/i18n/navigation";
import { needsAcknowledgement } from "@/lib/checks";
import type { ActionResult } from "@/lib/http/server-action";
import type { ReviewDecisionKind } from "@/lib/reviews/decide-translation";
import type { ReviewItem } from "@/lib/reviews/review-item";
import { CommentField } from "./comment-field";
import { ReviewText } from "./review-text";
import { useIsHydrated } from "./use-is-hydrated";

export type DecisionLabels = Record<
  | "heading" | "approve" | "approveHelp" | "approveOwn" | "approveNoRevision" | "approveOlderSource" | "acknowledgeWarnings" | "acknowledgeRequired"
  | "requestChanges" | "requestChangesLabel" | "keepApproval" | "keepApprovalHelp" | "keepApprovalLabel" | "keepApprovalOwn"
  | "commentRequired" | "sending" | "conflictHeading" | "conflictBody" | "conflictReload",
  string
>;

type Target = { locale: string; slug: string; paragraphKey: string; language: string };
type DecideInput = Target & { decision: ReviewDecisionKind; version: number; comment?: string; acknowledgeWarnings?: boolean };
type Conflict = { text: string; version: number; state: string };

type DecisionPanelProps = {
  target: Target;
  item: Pick<ReviewItem, "version" | "state" | "approval" | "warnings">;
  nextKey: string | null;
  stateLabels: Record<string, string>;
  labels: DecisionLabels; // conflictBody keeps {version} and {state} placeholders
  decide: (input: DecideInput) => Promise<ActionResult<{ version: number; state: string }>>;
};

// The decision names the version shown; when the text changed meanwhile the server refuses
// it (409) and the reviewer is shown the current text; approving waits until they have
// loaded it (the panel is keyed by version, so loading it starts afresh).
export function DecisionPanel({ target, item, nextKey, stateLabels, labels, decide }: DecisionPanelProps) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<{ message: string; problems: string[] } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const isHydrated = useIsHydrated();
  // With warnings, approving needs the box ticked (the server refuses it otherwise); without, one keystroke.
  const hasWarnings = item.warnings.some(needsAcknowledgement);
  const [isAcknowledged, setIsAcknowledged] = useState(false);
  const [isAckMissing, setIsAckMissing] = useState(false);
  const pathname = `/review/${target.slug}/${target.language}`;

  const send = (decision: ReviewDecisionKind, comment?: string) =>
    new Promise<boolean>((resolve) => {
      startTransition(async () => {
        const acknowledgement = decision === "approve" && hasWarnings ? { acknowledgeWarnings: isAcknowledged } : {};
        const result = await decide({ ...target, decision, version: item.version, comment, ...acknowledgement });
        if (result.ok) {
          router.push({ pathname, query: { ...(nextKey ? { p: nextKey } : {}), decided: decision } });
          return resolve(true);
        }
        setError({ message: result.message, problems: result.problems });
        if (result.status === 409 && typeof result.details.currentText === "string") {
          const { currentText, currentVersion, currentState } = result.details;
          setConflict({ text: currentText, version: Number(currentVersion), state: String(currentState ?? "") });
        }
        resolve(false);
      });
    });

  const isOwn = !item.approval.isAllowed && item.approval.reason === "own-revision";
  const approveNote = item.approval.isAllowed
    ? [labels.approveHelp, item.warnings.some((warning) => warning.id === "older-source") ? labels.approveOlderSource : ""].join(" ").trim()
    : isOwn
      ? labels.approveOwn
      : labels.approveNoRevision;

  return (
    <section className="review-block review-decision" aria-labelledby="review-decision">
      <h3 id="review-decision">{labels.heading}</h3>
      {conflict ? (
        <div role="alert" className="review-conflict" data-testid="review-conflict">
          <h4>{labels.conflictHeading}</h4>
          <p>{labels.conflictBody.replace("{version}", String(conflict.version)).replace("{state}", stateLabels[conflict.state] ?? conflict.state)}</p>
          <p className="review-passage" lang={target.language}>
            <ReviewText text={conflict.text} />
          </p>
          <button type="button" onClick={() => router.refresh()} disabled={isPending}>
            {labels.conflictReload}
          </button>
        </div>
      ) : error ? (
        <div role="alert" className="review-error">
          <p>{error.message}</p>
          {error.problems.length > 0 ? (
            <ul>
              {error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {item.state === "in-review" ? (
        <div className="review-approve">
          {hasWarnings && item.approval.isAllowed ? (
            <p className="review-acknowledge">
              <input
                type="checkbox"
                id="review-acknowledge"
                checked={isAcknowledged}
                aria-invalid={isAckMissing || undefined}
                aria-describedby={isAckMissing ? "review-acknowledge-error" : undefined}
                onChange={(event) => {
                  setIsAcknowledged(event.target.checked);
                  setIsAckMissing(false);
                }}
              />{" "}
              <label htmlFor="review-acknowledge">{labels.acknowledgeWarnings}</label>
            </p>
          ) : null}
          {isAckMissing ? (
            <p id="review-acknowledge-error" className="review-error" role="alert">
              {labels.acknowledgeRequired}
            </p>
          ) : null}
          <button
            type="button"
            className="review-approve-button"
            disabled={!isHydrated}
            aria-disabled={!item.approval.isAllowed || isPending || conflict !== null || undefined}
            aria-describedby="review-approve-note"
            onClick={() => {
              if (!item.approval.isAllowed || isPending || conflict) return;
              if (hasWarnings && !isAcknowledged) {
                setIsAckMissing(true);
                document.getElementById("review-acknowledge")?.focus();
                return;
              }
              void send("approve");
            }}
          >
            {isPending ? labels.sending : labels.approve}
          </button>
          <p id="review-approve-note" className={item.approval.isAllowed ? "review-meta" : "review-unavailable"}>
            {approveNote}
          </p>
        </div>
      ) : isOwn ? (
        <p className="review-unavailable">
          <strong>{labels.keepApproval}</strong>: {labels.keepApprovalOwn}
        </p>
      ) : (
        <CommentField
          name="keep-approval"
          label={labels.keepApprovalLabel}
          help={labels.keepApprovalHelp}
          submitLabel={labels.keepApproval}
          pendingLabel={labels.sending}
          requiredMessage={labels.commentRequired}
          isPending={isPending}
          onSubmit={(comment) => send("keep-approval", comment)}
        />
      )}
      <CommentField
        name="request-changes"
        label={labels.requestChangesLabel}
        submitLabel={labels.requestChanges}
        pendingLabel={labels.sending}
        requiredMessage={labels.commentRequired}
        isPending={isPending}
        onSubmit={(comment) => send("request-changes", comment)}
      />
    </section>
  );
}
