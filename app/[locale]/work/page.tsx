import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MyWorkList } from "@/components/work/my-work-list";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/http/page-guard";
import { getMyWork } from "@/lib/work/get-my-work";

export async function generateMetadata({ params }: PageProps<"/[locale]/work">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "MyWork" });
  return { title: t("title"), robots: { index: false } };
}

// Where a signed-in person lands: the workspaces and review queues of their languages.
export default async function MyWorkPage({ params }: PageProps<"/[locale]/work">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/${locale}/work`);
  return <MyWorkList entries={await getMyWork(db, { actor })} name={actor.name} isAdmin={actor.isAdmin} />;
}
