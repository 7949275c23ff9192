import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/layout/site-header";
import { routing } from "@/i18n/routing";
// One web font, the text's: its CSS declares each subset (latin, cyrillic, …) with its
// unicode-range, so a browser downloads only the subsets and styles a page shows (the italic
// only where italic text is on screen). The interface uses the system's own sans-serif.
import "@fontsource-variable/literata/index.css";
import "@fontsource-variable/literata/wght-italic.css";
import "../globals.css";

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`),
    title: { default: t("siteName"), template: `%s · ${t("siteName")}` },
    description: t("description"),
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("Nav");
  return (
    <html lang={locale}>
      <body>
        {/* No NextIntlClientProvider here: it and next-intl's client runtime cost about 11 KB of
            gzipped JavaScript on every page. Client components get their strings as props; the
            segments whose components use next-intl's hooks, Link or useRouter mount their own
            (LocaleContext, ClientMessages). */}
        <a className="skip-link" href="#content">
          {t("skipToContent")}
        </a>
        <SiteHeader locale={locale} />
        <div id="content">{children}</div>
      </body>
    </html>
  );
}
