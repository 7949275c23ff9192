import { findRendering, findTermsInSource, type GlossaryTerm, type TermOccurrence } from "@/lib/glossary/match-terms";
import { isContentLanguage, type ContentLanguage } from "@/lib/languages";
import { plainOf } from "./text-checks";
import type { CheckFinding, CheckInput, CheckId, QualityCheck } from "./types";

type Verdict = (term: GlossaryTerm, target: string, language: Parameters<typeof findRendering>[2]) => CheckFinding | null;

// Finding the terms compares every term with every word of the source: the three checks below
// share one search, kept per glossary (the server's check context keeps one array per glossary
// version, lib/checks/load-check-context.ts) and source paragraph, as the source changes rarely.
const SOURCES_PER_GLOSSARY = 2_000;
const searches = new WeakMap<readonly GlossaryTerm[], Map<string, TermOccurrence[]>>();

function termsInSource(plainSource: string, terms: readonly GlossaryTerm[], language: ContentLanguage): TermOccurrence[] {
  let bySource = searches.get(terms);
  if (!bySource) searches.set(terms, (bySource = new Map()));
  const key = `${language}:${plainSource}`;
  const cached = bySource.get(key);
  if (cached) return cached;
  if (bySource.size >= SOURCES_PER_GLOSSARY) bySource.clear();
  const occurrences = findTermsInSource(plainSource, terms, language);
  bySource.set(key, occurrences);
  return occurrences;
}

// The glossary entries found in the source (lib/glossary/match-terms.ts, stemmed, so "au
// Kazakhstan" is found), each judged once against the translation.
function glossaryCheck(id: CheckId, severity: QualityCheck["severity"], verdict: Verdict): QualityCheck {
  return {
    id,
    severity,
    kind: "content",
    run: (input: CheckInput) => {
      const terms = input.context?.glossary ?? [];
      const { sourceLanguage, targetLanguage } = input;
      if (terms.length === 0 || !isContentLanguage(sourceLanguage) || !isContentLanguage(targetLanguage)) return [];
      const target = plainOf(input.translation.text);
      const found = termsInSource(plainOf(input.source.text), terms, sourceLanguage);
      const once = [...new Map(found.map((occurrence) => [occurrence.term.id, occurrence.term])).values()];
      return once.flatMap((term) => verdict(term, target, targetLanguage) ?? []);
    },
  };
}

const options = (term: GlossaryTerm) => ({ exactForm: term.exactForm, caseSensitive: term.caseSensitive });

// The entry's required translation (any of them) is not in the translation.
export const glossaryMissing = glossaryCheck("glossary-missing", "warning", (term, target, language) => {
  if (term.isForbidden || term.doNotTranslate || term.translations.length === 0) return null;
  if (findRendering(target, term.translations, language, options(term))) return null;
  return { id: "glossary-missing", detail: `${term.sourceTerm} → ${term.translations.join(" / ")}` };
});

// The translation uses a rendering the glossary forbids for this term.
export const glossaryForbidden = glossaryCheck("glossary-forbidden", "error", (term, target, language) => {
  if (!term.isForbidden) return null;
  const used = findRendering(target, term.translations, language, options(term));
  return used ? { id: "glossary-forbidden", detail: used.text } : null;
});

// A name kept as written (Amnesty International, France 24) was translated or changed.
export const glossaryDoNotTranslate = glossaryCheck("glossary-do-not-translate", "error", (term, target, language) => {
  if (!term.doNotTranslate) return null;
  // Kept as written: compared in its exact form, whatever the entry says of inflection.
  if (findRendering(target, [term.sourceTerm], language, { exactForm: true, caseSensitive: term.caseSensitive })) return null;
  return { id: "glossary-do-not-translate", detail: term.sourceTerm };
});
