import type { WorkGroup } from "@/lib/users/get-account-summary";

export type WorkLabels = { translate: Record<string, string>; review: Record<string, string> };

// Links to the translator workspace and the review queue, one group per role and language.
// Plain markup with no hooks: the account page renders it on the server, the header menu in the browser.
export function WorkLinks({ work, locale, labels, headingLevel = "h3" }: { work: WorkGroup[]; locale: string; labels: WorkLabels; headingLevel?: "h2" | "h3" | "p" }) {
  const Heading = headingLevel;
  return (
    <div className="work-links">
      {work.map((group) => (
        <section key={`${group.kind}-${group.language}`} aria-label={labels[group.kind][group.language]}>
          <Heading className="work-heading">{labels[group.kind][group.language]}</Heading>
          <ul>
            {group.reports.map((report) => (
              <li key={report.slug}>
                <a href={`/${locale}/${group.kind}/${report.slug}/${group.language}`} lang={report.language}>
                  {report.title}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
