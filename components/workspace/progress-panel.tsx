"use client";

import { useTranslations } from "next-intl";
import type { TranslationState } from "@/lib/workflow/states";
import { STATE_ICONS, STATE_ORDER } from "@/components/states/state-icons";

// One bar per state, each with its count in words beside it.
export function ProgressPanel({ counts, total }: { counts: Record<TranslationState, number>; total: number }) {
  const t = useTranslations("Workspace");
  const ts = useTranslations("Status");
  return (
    <section className="ws-panel ws-progress" aria-labelledby="ws-progress-title">
      <h2 id="ws-progress-title">{t("progressTitle")}</h2>
      <ul>
        {STATE_ORDER.map((state) => (
          <li key={state} data-state={state}>
            <span className="ws-progress-label" id={`ws-progress-${state}`}>
              <span aria-hidden="true">{STATE_ICONS[state]}</span> {ts(state)}
            </span>
            <progress max={total} value={counts[state]} aria-labelledby={`ws-progress-${state}`} aria-describedby={`ws-progress-${state}-count`} />
            <span className="ws-progress-count" id={`ws-progress-${state}-count`}>
              {t("progressCount", { count: counts[state], total })}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
