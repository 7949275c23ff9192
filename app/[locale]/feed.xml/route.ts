import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { appOrigin } from "@/lib/http/app-origin";
import { isTargetLanguage } from "@/lib/languages";
import { languageFeed } from "@/lib/reports/language-feed";

// The Atom feed of one language edition: reports and their translation progress.
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/feed.xml">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response("Not found", { status: 404, headers: { "cache-control": "private, no-store" } });
  const t = await getTranslations({ locale, namespace: "Feed" });
  const ts = await getTranslations({ locale, namespace: "Status" });
  const site = (await getTranslations({ locale, namespace: "Metadata" }))("siteName");
  const xml = await languageFeed(db, {
    language: locale,
    origin: appOrigin,
    texts: {
      title: t("title", { site, language: locale }),
      subtitle: t(isTargetLanguage(locale) ? "subtitle" : "subtitleOriginal", { language: locale }),
      progress: (language, counts, total) =>
        t("progress", { language, approved: counts.approved, total, inReview: counts["in-review"], outdated: counts.outdated }),
      stateLabel: (state) => ts(state),
    },
  });
  return new Response(xml, { headers: { "content-type": "application/atom+xml; charset=utf-8", "cache-control": "public, max-age=60" } });
}
