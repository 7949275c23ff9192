"use client";

import { useTranslations } from "next-intl";
import { LocalTime } from "@/components/history/local-time";
import { nextNeedingWork } from "@/lib/workspace/needs-work";
import type { TranslationState } from "@/lib/workflow/states";
import { Filters } from "./filters";
import { formatShown } from "./shown-states";
import { ProgressPanel } from "./progress-panel";
import { SessionSummary } from "./session-summary";
import { ShortcutsList } from "./shortcuts-list";
import { STATE_ORDER } from "@/components/states/state-icons";
import { useStoredFlag } from "./use-stored-flag";
import { useIsHydrated } from "@/components/review/use-is-hydrated";
import { useWorkspace } from "./workspace-context";
import { WorkspaceFind } from "./workspace-find";
import { languageNames } from "@/components/text/language-names";
import { liveOutline } from "@/lib/workspace/workspace-window";
import { workspacePageHref } from "./page-href";

// Above the rows: progress, the session, shortcuts, where to continue, what to show.
export function WorkspaceToolbar({ visibleCount }: { visibleCount: number }) {
  const t = useTranslations("Workspace");
  const tl = languageNames(useTranslations("Languages"));
  const { data, outline, state, dispatch, open, locale } = useWorkspace();
  // the whole report's states (one page of rows, issue 14), this page's as they are now
  const states = liveOutline(outline, state.saved);
  const counts = Object.fromEntries(STATE_ORDER.map((name) => [name, states.filter((row) => row.state === name).length])) as Record<TranslationState, number>;
  const resume = data.resume;
  const target = nextNeedingWork(states, resume?.paragraphKey ?? null);
  const targetNumber = states.find((row) => row.key === target)?.number;
  const [isFolded, setFolded] = useStoredFlag("panelsFolded", data.viewer.id);
  const [isPivotShown, setPivotShown] = useStoredFlag("pivotShown", data.viewer.id);
  const isHydrated = useIsHydrated();
  const offers = data.rows.filter((row) => state.work[row.key]?.offer);

  const choose = (shown: TranslationState[]) => {
    dispatch({ type: "filter", shown });
    // the page (?page=, issue 14) stays
    const query = new URLSearchParams(window.location.search);
    query.set("show", formatShown(shown));
    window.history.replaceState(null, "", `?${query.toString().replaceAll("%2C", ",")}${window.location.hash}`);
  };
  // "continue" to a paragraph on another page of a long report goes to that page
  const goTo = (key: string) => {
    const row = states.find((candidate) => candidate.key === key);
    if (data.rows.some((candidate) => candidate.key === key) || !row) open(key);
    else window.location.assign(workspacePageHref({ locale, slug: data.report.slug, language: data.language, shown: state.shown }, { at: row.number }, key));
  };

  return (
    <div className="ws-toolbar">
      <details
        className="ws-dashboard"
        open={!isFolded}
        onToggle={(event) => {
          const isOpen = event.currentTarget.open;
          if (isOpen === isFolded) setFolded(!isOpen);
        }}
        data-dashboard={isFolded ? "folded" : "open"}
      >
        <summary>{t("dashboardSummary")}</summary>
        <div className="ws-dashboard-panels">
          <ProgressPanel counts={counts} total={states.length} />
          <SessionSummary summary={data.summary} />
          <ShortcutsList />
        </div>
      </details>
      <div className="ws-controls">
        <div className="ws-continue">
          <button type="button" onClick={() => target && goTo(target)} disabled={!target} data-continue={target ?? ""}>
            {target ? (resume ? t("continue", { number: targetNumber ?? 0 }) : t("start", { number: targetNumber ?? 0 })) : t("allDone")}
          </button>
          {resume ? (
            <p className="ws-hint">
              {t.rich("lastWorked", {
                number: states.find((row) => row.key === resume.paragraphKey)?.number ?? 0,
                time: () => <LocalTime value={resume.at} />,
              })}
            </p>
          ) : null}
        </div>
        <Filters shown={state.shown} counts={counts} onChange={choose} />
        {data.pivot ? (
          <label className="ws-pivot-toggle">
            {/* disabled until hydrated: an early click would be undone by React (e2e saw it) */}
            <input type="checkbox" checked={isPivotShown} disabled={!isHydrated} onChange={(event) => setPivotShown(event.currentTarget.checked)} />{" "}
            {t("pivotToggle", { language: tl(data.pivot.language) })}
          </label>
        ) : null}
      </div>
      <WorkspaceFind />
      {offers.length > 0 ? (
        <div className="ws-offers" role="status">
          <p>{t("offersFound", { count: offers.length })}</p>
          <ul>
            {offers.map((row) => (
              <li key={row.key}>
                <button type="button" className="ws-link-button" onClick={() => open(row.key)}>
                  {t("openParagraph", { number: row.number })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {state.isStorageBroken ? (
        <p className="ws-warning" role="alert">
          {t("storageBroken")}
        </p>
      ) : null}
      {visibleCount === 0 ? (
        <p className="ws-empty">
          {t("nothingShown")}{" "}
          <button type="button" className="ws-link-button" onClick={() => choose([...STATE_ORDER])}>
            {t("filterAll")}
          </button>
        </p>
      ) : null}
    </div>
  );
}
