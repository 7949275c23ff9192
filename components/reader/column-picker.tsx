"use client";

import { useLocationSearch } from "@/components/layout/use-location-suffix";
import { formatColumns, parseColumns } from "@/lib/reports/columns";
import type { ContentLanguage } from "@/lib/languages";
import { applyColumns } from "./apply-columns";

type ColumnPickerProps = {
  articleId: string;
  defaults: ContentLanguage[];
  // the report's languages, in the order the menus offer them; one menu per language
  languages: ContentLanguage[];
  names: Record<ContentLanguage, string>;
  labels: { heading: string; column: string[]; none: string; help: string; showing: string };
};

// Changes what the cached page shows, and the URL, without asking the server for anything.
// Picking a language already shown in another column swaps the two, so any order is one
// or two choices away and a language never appears twice.
export function ColumnPicker({ articleId, defaults, languages, names, labels }: ColumnPickerProps) {
  const search = useLocationSearch();
  const columns = parseColumns(new URLSearchParams(search).get("cols"), languages) ?? defaults;
  const helpId = `${articleId}-columns-help`;

  function choose(position: number, value: string) {
    const next: (ContentLanguage | undefined)[] = [...columns];
    const language = languages.find((candidate) => candidate === value);
    if (!language) {
      next.splice(position, 1);
    } else {
      const elsewhere = next.indexOf(language);
      if (elsewhere >= 0 && elsewhere !== position) next[elsewhere] = next[position];
      next[position] = language;
    }
    const cleaned = next.filter((entry, index): entry is ContentLanguage => Boolean(entry) && next.indexOf(entry) === index);
    if (cleaned.length === 0) return;
    applyColumns(articleId, cleaned);
    // Written by hand so the address reads ?cols=fr,en (URLSearchParams would write %2C).
    const others = new URLSearchParams(window.location.search);
    others.delete("cols");
    const search = [others.toString(), `cols=${formatColumns(cleaned)}`].filter(Boolean).join("&");
    window.history.replaceState(window.history.state, "", `${window.location.pathname}?${search}${window.location.hash}`);
    window.dispatchEvent(new Event("columnschange"));
  }

  return (
    <fieldset className="column-picker">
      <legend>{labels.heading}</legend>
      <p className="help" id={helpId}>
        {labels.help}
      </p>
      <div className="column-picker-fields">
        {languages.map((_, position) => (
          <label key={position}>
            <span>{labels.column[position]}</span>
            <select
              value={columns[position] ?? ""}
              disabled={position > columns.length}
              aria-describedby={helpId}
              onChange={(event) => choose(position, event.target.value)}
            >
              {position > 0 ? <option value="">{labels.none}</option> : null}
              {languages.map((language) => (
                <option key={language} value={language}>
                  {names[language]}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="visually-hidden" role="status">
        {search ? `${labels.showing} ${columns.map((language) => names[language]).join(", ")}` : ""}
      </p>
    </fieldset>
  );
}
