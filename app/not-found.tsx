import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import "./globals.css";

// Only reached for addresses that no interface language claims (the proxy answers most of
// those in the reader's language): say it in every language the site speaks.
export default async function GlobalNotFound() {
  const messages = await Promise.all(
    routing.locales.map(async (locale) => ({ locale, t: await getTranslations({ locale, namespace: "NotFound" }) })),
  );
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <title>{messages.map(({ t }) => t("title")).join(" · ")}</title>
        <main className="page narrow">
          {messages.map(({ locale, t }) => (
            <section key={locale} lang={locale} className="not-found-language">
              <h1>{t("title")}</h1>
              <p>{t("body")}</p>
              <p>
                <a href={`/${locale}`}>{t("back")}</a>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
