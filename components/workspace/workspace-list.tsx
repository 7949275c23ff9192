import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { WorkspaceEntry } from "@/lib/workspace/list-workspaces";
import { NEEDS_WORK } from "@/lib/workspace/needs-work";
import { languageNames } from "@/components/text/language-names";

// The way into the workspaces: each report, in each language the person works on.
export async function WorkspaceList({ entries }: { entries: WorkspaceEntry[] }) {
  const t = await getTranslations("Workspace");
  const tl = languageNames(await getTranslations("Languages"));
  const reports = [...new Map(entries.map((entry) => [entry.slug, entry])).values()];
  return (
    <main className="page narrow">
      <h1>{t("indexTitle")}</h1>
      {entries.length === 0 ? <p>{t("indexNone")}</p> : <p>{t("indexIntro")}</p>}
      <ul className="report-list">
        {reports.map((report) => (
          <li key={report.slug}>
            <h2 lang={report.sourceLanguage}>{report.title}</h2>
            <p>{t("byline", { outlet: report.outlet, date: report.date })}</p>
            <ul>
              {entries
                .filter((entry) => entry.slug === report.slug)
                .map((entry) => (
                  <li key={entry.language} data-workspace={`${entry.slug}/${entry.language}`}>
                    <Link href={`/translate/${entry.slug}/${entry.language}`}>
                      {t(entry.canEdit ? "indexTranslate" : "indexReview", { language: tl(entry.language) })}
                    </Link>{" "}
                    —{" "}
                    {t("indexCounts", {
                      todo: NEEDS_WORK.reduce((sum, state) => sum + entry.counts[state], 0),
                      review: entry.counts["in-review"],
                      approved: entry.counts.approved,
                      total: entry.total,
                    })}
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </main>
  );
}
