"use client";

import { useTranslations } from "next-intl";
import { NEEDS_WORK } from "@/lib/workspace/needs-work";
import type { TranslationState } from "@/lib/workflow/states";
import { STATE_ICONS, STATE_ORDER } from "@/components/states/state-icons";

type FiltersProps = {
  shown: TranslationState[];
  counts: Record<TranslationState, number>;
  onChange: (shown: TranslationState[]) => void;
};

// Which states to show; the choice is kept in the address (?show=…) so a reload keeps it.
export function Filters({ shown, counts, onChange }: FiltersProps) {
  const t = useTranslations("Workspace");
  const ts = useTranslations("Status");
  const toggle = (state: TranslationState, isOn: boolean) =>
    onChange(STATE_ORDER.filter((candidate) => (candidate === state ? isOn : shown.includes(candidate))));
  return (
    <fieldset className="ws-filters">
      <legend>{t("filtersTitle")}</legend>
      <div className="ws-filter-boxes">
        {STATE_ORDER.map((state) => (
          <label key={state} className="ws-filter" data-state={state}>
            <input type="checkbox" checked={shown.includes(state)} onChange={(event) => toggle(state, event.target.checked)} />
            <span aria-hidden="true">{STATE_ICONS[state]}</span> {ts(state)} ({counts[state]})
          </label>
        ))}
      </div>
      <div className="ws-filter-presets">
        <button type="button" className="ws-button-secondary" onClick={() => onChange([...NEEDS_WORK])}>
          {t("filterNeedsWork")}
        </button>
        <button type="button" className="ws-button-secondary" onClick={() => onChange([...STATE_ORDER])}>
          {t("filterAll")}
        </button>
      </div>
    </fieldset>
  );
}
