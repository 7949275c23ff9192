import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { GlossaryView } from "@/components/glossary/glossary-view";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { GLOSSARY_PAIRS, pairName } from "@/lib/glossary/pairs";
import { guardPage, requirePageActor } from "@/lib/http/page-guard";
import { canReadGlossary } from "@/lib/permissions";

type Props = PageProps<"/[locale]/glossary">;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Glossary" });
  return { title: t("title"), robots: { index: false } };
}

export default async function GlossaryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const query = await searchParams;
  const returnTo = `/${locale}/glossary`;
  const actor = await requirePageActor(locale, returnTo);
  // The pairs whose glossary this person reads: those of their languages (every pair for an admin).
  const pairs = GLOSSARY_PAIRS.filter((pair) => canReadGlossary(actor, pair.targetLanguage)).map(pairName);
  if (pairs.length === 0) forbidden();
  const asked = first(query.pair);
  const pair = asked && pairs.includes(asked) ? asked : pairs[0];
  const search = first(query.q)?.slice(0, 200) ?? "";
  const listing = await guardPage(() => listGlossary(db, { actor, pair, search }), { locale, returnTo });
  return <GlossaryView listing={listing} pairs={pairs} search={search} locale={locale} />;
}
