import { routing } from "@/i18n/routing";
import { SOURCE_LANGUAGE } from "@/lib/languages";
import { listCorrections } from "./corrections";
import { editionModifiedAt, editionTranslators } from "./edition-facts";
import type { ReaderReport } from "./get-reader-report";

type JsonLdOptions = {
  report: ReaderReport;
  language: string;
  origin: string;
  publisher: string;
  // a correction in the edition's language, e.g. "Paragraph 14 of the original was corrected."
  describeCorrection: (correction: { number: number; at: Date }) => string;
};

// schema.org NewsArticle for one language edition of a report: the original names its
// translations (workTranslation), a translation names its original (translationOfWork) and
// the people whose words were approved (translator); corrections are CorrectionComments.
export function newsArticleJsonLd({ report, language, origin, publisher, describeCorrection }: JsonLdOptions): Record<string, unknown> {
  const sourceLanguage = report.originalLanguage || SOURCE_LANGUAGE;
  // A translation into a language the interface does not speak is read beside the original.
  const url = (edition: string) =>
    (routing.locales as readonly string[]).includes(edition)
      ? `${origin}/${edition}/reports/${report.slug}`
      : `${origin}/${sourceLanguage}/reports/${report.slug}?cols=${sourceLanguage},${edition}`;
  const isTranslation = (edition: string) => report.languages.includes(edition);
  const headline = (edition: string) => (isTranslation(edition) ? (report.titles[edition] ?? report.title) : report.title);
  const ref = (edition: string) => ({ "@type": "NewsArticle", "@id": url(edition), url: url(edition), inLanguage: edition, headline: headline(edition) });
  const modified = editionModifiedAt(report, language);
  const corrections = listCorrections(report.rows);
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": url(language),
    url: url(language),
    headline: headline(language),
    inLanguage: language,
    datePublished: report.date,
    ...(modified ? { dateModified: modified.toISOString() } : {}),
    author: { "@type": "Organization", name: report.outlet },
    publisher: { "@type": "Organization", name: publisher },
    ...(isTranslation(language)
      ? {
          translationOfWork: ref(sourceLanguage),
          translator: editionTranslators(report, language).map((name) => ({ "@type": "Person", name })),
        }
      : { workTranslation: report.languages.map(ref) }),
    ...(corrections.length > 0
      ? {
          correction: corrections.map((correction) => ({
            "@type": "CorrectionComment",
            text: describeCorrection(correction),
            datePublished: correction.at.toISOString(),
          })),
        }
      : {}),
  };
}

// JSON for a <script type="application/ld+json">: "<" escaped so no text can end the script.
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}
