"use client";

import { useTranslations } from "next-intl";
import { DiffView } from "@/components/history/diff-view";
import { LocalTime } from "@/components/history/local-time";
import type { WorkspaceRow } from "@/lib/workspace/workspace-row";
import { DraftOffer } from "./draft-offer";
import { useWorkspace } from "./workspace-context";
import { workOf } from "@/lib/workspace/page-state";

// What the translator should know before typing: who else is here, what the reviewer
// said, how the original changed, whether someone saved meanwhile, text kept from before.
export function EditorNotices({ row, isDirty }: { row: WorkspaceRow; isDirty: boolean }) {
  const t = useTranslations("Workspace");
  const { data, state, locale } = useWorkspace();
  const saved = state.saved[row.key];
  const work = workOf(state, row.key);
  const others = state.editors.filter((mark) => mark.paragraphKey === row.key);
  const decision = row.lastDecision;
  // pinned until the paragraph is submitted again, whatever was saved meanwhile
  const request = row.pendingRequest;
  return (
    <div className="ws-notices" lang={locale}>
      {others.map((mark) => (
        <p key={mark.userId} className="ws-warning ws-presence" role="status" data-presence-notice={mark.userId}>
          <span aria-hidden="true">✎ </span>
          {t.rich("editingHere", { name: mark.name, time: () => <LocalTime value={mark.since} /> })}
        </p>
      ))}
      {request ? (
        <div className="ws-decision" data-decision="request-changes" data-pinned-request={request.version}>
          <p>
            <strong>{t.rich("changesRequestedBy", { name: request.by ?? "—", time: () => <LocalTime value={request.at} /> })}</strong>
          </p>
          {request.comment ? <blockquote className="ws-decision-comment">{request.comment}</blockquote> : null}
        </div>
      ) : null}
      {decision && decision.action !== "request-changes" && saved.state !== "changes-requested" ? (
        <p className="ws-decision-quiet" data-decision={decision.action}>
          {t.rich(decision.action === "approve" ? "approvedBy" : "keptBy", { name: decision.by ?? "—", version: decision.version, time: () => <LocalTime value={decision.at} /> })}
          {decision.comment ? ` — ${decision.comment}` : null}
        </p>
      ) : null}
      {row.sourceChange ? (
        <div className="ws-source-change" data-source-change="">
          <p>
            <strong>{saved.state === "outdated" ? t("sourceChangedAfterApproval") : t("sourceChanged")}</strong>
          </p>
          <DiffView before={row.sourceChange.before} after={row.sourceChange.after} language={data.report.sourceLanguage} label={t("sourceDiffLabel")} />
        </div>
      ) : null}
      {isDirty && !work.conflict && saved.version > work.baseVersion ? (
        <p className="ws-warning" role="status" data-newer-version={saved.version}>
          {t("newerMeanwhile", { name: saved.savedBy ?? "—", version: saved.version })}
        </p>
      ) : null}
      {work.offer ? <DraftOffer row={row} /> : null}
    </div>
  );
}
