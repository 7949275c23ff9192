"use client";

import type { Feedback } from "@/lib/workspace/page-state";

// Success is announced politely; a refusal is an alert, with what was wrong.
export function FeedbackMessage({ feedback }: { feedback: Feedback | null }) {
  return (
    <>
      <div role="status" className="ws-feedback ws-feedback-ok">
        {feedback?.kind === "ok" ? feedback.message : null}
      </div>
      <div role="alert" className="ws-feedback ws-feedback-error">
        {feedback?.kind === "error" ? (
          <>
            <p>{feedback.message}</p>
            {feedback.problems.length > 0 ? (
              <ul>
                {feedback.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            ) : null}
          </>
        ) : null}
      </div>
    </>
  );
}
