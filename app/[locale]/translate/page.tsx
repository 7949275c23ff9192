import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WorkspaceList } from "@/components/workspace/workspace-list";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/http/page-guard";
import { listWorkspaces } from "@/lib/workspace/list-workspaces";

export async function generateMetadata({ params }: PageProps<"/[locale]/translate">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Workspace" });
  return { title: t("indexTitle"), robots: { index: false } };
}

export default async function TranslateIndexPage({ params }: PageProps<"/[locale]/translate">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/${locale}/translate`);
  return <WorkspaceList entries={await listWorkspaces(db, { actor })} />;
}
