"use client";

import { useTranslations } from "next-intl";
import { isTranslationState } from "@/lib/workflow/states";
import { LocalTime } from "./local-time";
import { MarkupText } from "./markup-text";
import type { TimelineEntry } from "./timeline";

type HistoryEntryProps = {
  entry: TimelineEntry;
  language: string;
  isLatest: boolean;
  onCompare: (version: number) => void;
  onRestore?: (version: number) => void;
};

const ACTIONS = ["submit", "approve", "request-changes", "keep-approval", "source-changed", "source-restored"] as const;
type EventAction = (typeof ACTIONS)[number];

export function HistoryEntry({ entry, language, isLatest, onCompare, onRestore }: HistoryEntryProps) {
  const t = useTranslations("History");
  const ts = useTranslations("Status");
  const stateName = (state: string) => (isTranslationState(state) ? ts(state) : state);
  const change = (event: { fromState: string; toState: string } | null) =>
    event && event.fromState !== event.toState ? (
      <span className="history-states"> · {t("stateChange", { from: stateName(event.fromState), to: stateName(event.toState) })}</span>
    ) : null;

  if (entry.kind === "event") {
    const { event } = entry;
    const action: EventAction | null = (ACTIONS as readonly string[]).includes(event.action) ? (event.action as EventAction) : null;
    return (
      <li className={`history-event history-${event.action}`} data-action={event.action}>
        <p className="history-line">
          <strong>{action ? t(`actions.${action}`) : event.action}</strong>
          {" · "}
          {event.actor ? event.actor.name : t("system")}
          {" · "}
          <LocalTime value={event.createdAt} style="datetime" />
          {" · "}
          {t("versionShort", { version: event.version })}
          {change(event)}
        </p>
        {event.comment ? <blockquote className="history-comment">{event.comment}</blockquote> : null}
      </li>
    );
  }

  const { revision } = entry;
  return (
    <li className="history-revision" data-version={revision.version}>
      <p className="history-line">
        <strong>{t("version", { version: revision.version })}</strong>
        {" · "}
        {revision.author.name}
        {" · "}
        <LocalTime value={revision.createdAt} style="datetime" />
        {change(entry.event)}
      </p>
      {revision.restoredFromVersion ? (
        <p className="history-note">
          {revision.textAuthor.id === revision.author.id
            ? t("restoredFrom", { version: revision.restoredFromVersion })
            : t("restoredFromBy", { version: revision.restoredFromVersion, name: revision.textAuthor.name })}
        </p>
      ) : null}
      {revision.translatorNote !== null ? (
        <p className="history-note" data-testid="history-has-note">
          {t("hasTranslatorNote")}
        </p>
      ) : null}
      <details className="history-text">
        <summary>{t("showText", { version: revision.version })}</summary>
        <p lang={language}>
          <MarkupText text={revision.text} />
        </p>
        {revision.ownWords.length > 0 ? (
          <ul className="history-own-words">
            {revision.ownWords.map((origin) => (
              <li key={origin.quoteKey}>{t("ownWords", { quote: origin.quoteKey, note: origin.note })}</li>
            ))}
          </ul>
        ) : null}
      </details>
      <div className="history-actions">
        {revision.version > 1 ? (
          <button type="button" className="ws-link-button" onClick={() => onCompare(revision.version)}>
            {t("compareWithPrevious", { version: revision.version })}
          </button>
        ) : null}
        {onRestore && !isLatest ? (
          <button type="button" className="ws-link-button" onClick={() => onRestore(revision.version)}>
            {t("restore", { version: revision.version })}
          </button>
        ) : null}
      </div>
    </li>
  );
}
