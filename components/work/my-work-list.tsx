import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { MyWorkEntry } from "@/lib/work/get-my-work";
import { languageNames, perLanguage } from "@/components/text/language-names";

type Props = { entries: readonly MyWorkEntry[]; name: string; isAdmin: boolean };

export async function MyWorkList({ entries, name, isAdmin }: Props) {
  const t = await getTranslations("MyWork");
  const tl = languageNames(await getTranslations("Languages"));
  const tw = await getTranslations("Work");
  return (
    <main className="page my-work">
      <h1>{t("heading", { name })}</h1>
      {entries.length === 0 ? (
        <p>{isAdmin ? t.rich("noneAdmin", { link: (chunks) => <Link href="/admin/users">{chunks}</Link> }) : t("none")}</p>
      ) : (
        <ul className="my-work-list">
          {entries.map((entry) => (
            <li key={`${entry.slug}/${entry.language}`} data-work={`${entry.slug}/${entry.language}`}>
              <h2>{t("entryHeading", { title: entry.title, language: tl(entry.language) })}</h2>
              <ul>
                {entry.translate ? (
                  <li data-work-kind="translate">
                    <Link href={`/translate/${entry.slug}/${entry.language}`}>{perLanguage(tw, "translate", entry.language)}</Link>
                    {": "}
                    {t("changesRequestedOfMe", { count: entry.translate.changesRequestedOfMe })}
                    {" · "}
                    {t("needingWork", { count: entry.translate.needingWork })}
                  </li>
                ) : null}
                {entry.review ? (
                  <li data-work-kind="review">
                    <Link href={`/review/${entry.slug}/${entry.language}`}>{perLanguage(tw, "review", entry.language)}</Link>
                    {": "}
                    {t("inReview", { count: entry.review.inReview })}
                    {" · "}
                    {t("outdated", { count: entry.review.outdated })}
                  </li>
                ) : null}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
