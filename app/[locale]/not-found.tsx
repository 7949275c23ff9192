import { getLocale, getTranslations } from "next-intl/server";

// A plain link, not next-intl's Link: this boundary's tree is in every page's React Server
// Components payload, so a client component here would load next-intl's client runtime (and a
// provider) on every page, the reader's included.
export default async function NotFound() {
  const locale = await getLocale();
  const t = await getTranslations("NotFound");
  return (
    <main className="page narrow">
      <h1>{t("title")}</h1>
      <p>{t("body")}</p>
      <p>
        <a href={`/${locale}`}>{t("back")}</a>
      </p>
    </main>
  );
}
