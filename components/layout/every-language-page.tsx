import { routing, type Locale } from "@/i18n/routing";

type EveryLanguagePageProps = {
  // the heading and the link's words in one interface language
  texts: (locale: Locale) => Promise<{ title: string; link: string }>;
  // where the link goes, after the language: "" for the reports
  path: string;
};

// A root boundary's page (app/forbidden.tsx, app/unauthorized.tsx), outside the locale layout,
// so in every interface language. Short on purpose: Next puts the root layout's boundaries in
// every page's React Server Components payload, where its own default 403 and 401 pages (with
// their inline styles) cost about half a kilobyte of gzipped HTML on each page.
export async function EveryLanguagePage({ texts, path }: EveryLanguagePageProps) {
  const pages = await Promise.all(routing.locales.map(async (locale) => ({ locale, ...(await texts(locale)) })));
  return (
    <html lang={routing.defaultLocale}>
      <body>
        <title>{pages.map(({ title }) => title).join(" · ")}</title>
        <main className="page narrow">
          {pages.map(({ locale, title, link }) => (
            <section key={locale} lang={locale}>
              <h1>{title}</h1>
              <a href={`/${locale}${path}`}>{link}</a>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
