"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/history/local-time";
import type { SessionSummary as Summary } from "@/lib/workspace/session-summary";

// Counted on the server from revisions and submissions since this sign-in.
export function SessionSummary({ summary }: { summary: Summary }) {
  const t = useTranslations("Workspace");
  return (
    <section className="ws-panel ws-session" aria-labelledby="ws-session-title">
      <h2 id="ws-session-title">{t("sessionTitle")}</h2>
      <p>
        {t.rich("sessionSince", { time: () => <LocalTime value={summary.since} /> })}
      </p>
      <ul className="ws-session-figures">
        <li data-figure="saved">{t("sessionSaved", { count: summary.paragraphsSaved, revisions: summary.revisions })}</li>
        <li data-figure="submitted">{t("sessionSubmitted", { count: summary.paragraphsSubmitted })}</li>
        <li data-figure="words">{t("sessionWords", { count: summary.words })}</li>
        <li data-figure="characters">{t("sessionCharacters", { count: summary.characters })}</li>
      </ul>
    </section>
  );
}
