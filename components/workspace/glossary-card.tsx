"use client";

import { useTranslations } from "next-intl";
import { requiredRenderings, type GlossaryTerm } from "@/lib/glossary/match-terms";
import { useWorkspace } from "./workspace-context";

type Props = { id: string; terms: readonly GlossaryTerm[]; isShown: boolean; onHover: (isOver: boolean) => void };

// What the glossary says of one underlined term: the translation(s) to use (in the target
// language), the source term kept as written, the renderings not to use, its flags and note.
// Always in the page (hidden until asked for), since the term's button is described by it.
export function GlossaryCard({ id, terms, isShown, onHover }: Props) {
  const t = useTranslations("GlossaryTerms");
  const { data, locale } = useWorkspace();
  const source = data.report.sourceLanguage;
  return (
    <div id={id} role="tooltip" className="gl-card" hidden={!isShown} lang={locale} data-glossary-card={terms[0].sourceTerm} onMouseEnter={() => onHover(true)} onMouseLeave={() => onHover(false)}>
      <p className="gl-card-head">
        {t("termLabel")}: <span lang={source}>{terms[0].sourceTerm}</span>
      </p>
      {terms.map((term) => (
        <div key={term.id} className="gl-card-entry">
          <p>
            {term.doNotTranslate ? t("keep") : term.isForbidden ? t("forbidden") : t("translations")}{" "}
            {requiredRenderings(term).map((rendering, index) => (
              <span key={rendering}>
                {index > 0 ? " / " : null}
                <strong lang={term.doNotTranslate ? source : data.language} className={term.isForbidden ? "gl-forbidden" : undefined}>
                  {rendering}
                </strong>
              </span>
            ))}
            {term.exactForm ? ` (${t("exactForm")})` : null}
            {term.caseSensitive ? ` (${t("caseSensitive")})` : null}
          </p>
          {term.note ? (
            <p className="gl-card-note">
              {t("note")} {term.note}
            </p>
          ) : null}
        </div>
      ))}
    </div>
  );
}
