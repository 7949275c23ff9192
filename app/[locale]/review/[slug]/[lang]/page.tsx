import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ReviewView } from "@/components/review/review-view";
import { routing } from "@/i18n/routing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { guardPage } from "@/lib/http/page-guard";
import { isTargetLanguage } from "@/lib/languages";
import { getReportTitle } from "@/lib/reports/get-report-title";
import { REVIEW_DECISIONS, type ReviewDecisionKind } from "@/lib/reviews/decide-translation";
import { getReviewPage } from "@/lib/reviews/get-review-page";
import { addCommentAction, decideAction, dismissCheckAction } from "./actions";
import { languageNames } from "@/components/text/language-names";

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: PageProps<"/[locale]/review/[slug]/[lang]">): Promise<Metadata> {
  const { locale, slug, lang } = await params;
  if (!hasLocale(routing.locales, locale) || !isTargetLanguage(lang)) return {};
  const t = await getTranslations({ locale, namespace: "Review" });
  const tl = languageNames(await getTranslations({ locale, namespace: "Languages" }));
  return { title: t("metaTitle", { title: (await getReportTitle(db, slug)) ?? slug, language: tl(lang) }), robots: { index: false } };
}

// For reviewers of the language: one paragraph at a time, decided here, published at once.
export default async function ReviewPageRoute({ params, searchParams }: PageProps<"/[locale]/review/[slug]/[lang]">) {
  const { locale, slug, lang } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const paragraphKey = first(query.p);
  const decidedParam = first(query.decided);
  const decided = REVIEW_DECISIONS.find((decision) => decision === decidedParam) ?? null;
  const returnTo = `/${locale}/review/${slug}/${lang}${paragraphKey ? `?p=${encodeURIComponent(paragraphKey)}` : ""}`;
  const actor = await getCurrentActor();
  const page = await guardPage(() => getReviewPage(db, { slug, language: lang, actor, paragraphKey }), { locale, returnTo });
  return <ReviewView page={page} locale={locale} decided={decided as ReviewDecisionKind | null} actions={{ decide: decideAction, addComment: addCommentAction, dismissCheck: dismissCheckAction }} />;
}
