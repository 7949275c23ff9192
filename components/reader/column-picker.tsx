"use client";

import { useLocationSearch } from "@/components/layout/use-location-suffix";
import { ALL_COLUMNS, formatColumns, parseColumns } from "@/lib/reports/columns";
import type { ContentLanguage } from "@/lib/languages";

type ColumnPickerProps = {
  articleId: string;
  defaults: ContentLanguage[];
  names: Record<ContentLanguage, string>;
  labels: { heading: string; column: string[]; none: string; help: string };
};

const POSITIONS = [0, 1, 2];

// Changes what the cached page shows, and the URL, without asking the server for anything.
export function ColumnPicker({ articleId, defaults, names, labels }: ColumnPickerProps) {
  const search = useLocationSearch();
  const columns = parseColumns(new URLSearchParams(search).get("cols")) ?? defaults;

  function choose(position: number, value: string) {
    const next = [...columns];
    const language = ALL_COLUMNS.find((candidate) => candidate === value);
    if (!language) {
      next.splice(position, 1);
    } else {
      const elsewhere = next.indexOf(language);
      // choosing a language shown in another column swaps the two
      if (elsewhere >= 0 && elsewhere !== position) next[elsewhere] = next[position];
      next[position] = language;
    }
    const cleaned = next.filter((entry, index): entry is ContentLanguage => Boolean(entry) && next.indexOf(entry) === index);
    if (cleaned.length === 0) return;
    apply(cleaned);
  }

  function apply(next: ContentLanguage[]) {
    const article = document.getElementById(articleId);
    if (article) {
      article.setAttribute("data-cols", next.join(" "));
      article.style.setProperty("--cols", String(next.length));
      next.forEach((language, index) => article.style.setProperty(`--order-${language}`, String(index)));
    }
    const url = new URL(window.location.href);
    url.searchParams.set("cols", formatColumns(next));
    window.history.replaceState(window.history.state, "", url);
    window.dispatchEvent(new Event("columnschange"));
  }

  return (
    <fieldset className="column-picker">
      <legend>{labels.heading}</legend>
      <p className="help" id={`${articleId}-columns-help`}>
        {labels.help}
      </p>
      <div className="column-picker-fields">
        {POSITIONS.map((position) => {
          const value = columns[position] ?? "";
          const isDisabled = position > columns.length;
          return (
            <label key={position}>
              <span>{labels.column[position]}</span>
              <select
                value={value}
                disabled={isDisabled}
                aria-describedby={`${articleId}-columns-help`}
                onChange={(event) => choose(position, event.target.value)}
              >
                {position > 0 ? <option value="">{labels.none}</option> : null}
                {ALL_COLUMNS.map((language) => (
                  <option key={language} value={language}>
                    {names[language]}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
