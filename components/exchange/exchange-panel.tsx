"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { STATE_ICONS, STATE_ORDER } from "@/components/states/state-icons";
import type { TranslationState } from "@/lib/workflow/states";
import { ImportForm } from "./import-form";
import "./exchange.css";

type ExchangePanelProps = { slug: string; language: string; locale: string; canImport: boolean };

// The workspace's way out to CAT tools and back: download the translation as XLIFF 2.0 (the
// states chosen), and for its translators, upload a file, preview what it would do, confirm.
export function ExchangePanel({ slug, language, locale, canImport }: ExchangePanelProps) {
  const t = useTranslations("Exchange");
  const ts = useTranslations("Status");
  const [states, setStates] = useState<Set<TranslationState>>(() => new Set(STATE_ORDER));
  const endpoint = `/api/reports/${encodeURIComponent(slug)}/translations/${encodeURIComponent(language)}/xliff`;
  const chosen = STATE_ORDER.filter((state) => states.has(state));
  const href = `${endpoint}?locale=${locale}${chosen.length < STATE_ORDER.length ? `&states=${chosen.join(",")}` : ""}`;
  const toggle = (state: TranslationState, isOn: boolean) =>
    setStates((before) => {
      const next = new Set(before);
      if (isOn) next.add(state);
      else next.delete(state);
      return next;
    });

  return (
    <section className="ws-panel exchange" aria-labelledby="exchange-title" data-testid="exchange">
      <h2 id="exchange-title">{t("title")}</h2>
      <p>{t("intro")}</p>
      <fieldset className="exchange-states">
        <legend>{t("exportLegend")}</legend>
        {STATE_ORDER.map((state) => (
          <label key={state}>
            <input type="checkbox" checked={states.has(state)} onChange={(event) => toggle(state, event.target.checked)} />{" "}
            <span aria-hidden="true">{STATE_ICONS[state]}</span> {ts(state)}
          </label>
        ))}
      </fieldset>
      {chosen.length > 0 ? (
        <p>
          <a className="exchange-download" href={href} download>
            {t("exportButton")}
          </a>
        </p>
      ) : (
        <p role="status">{t("exportNone")}</p>
      )}
      {canImport ? <ImportForm endpoint={endpoint} locale={locale} language={language} /> : null}
    </section>
  );
}
