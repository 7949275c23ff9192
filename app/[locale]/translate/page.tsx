import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { WorkspaceList } from "@/components/workspace/workspace-list";
import { routing } from "@/i18n/routing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
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
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/translate`)}`);
  return <WorkspaceList entries={await listWorkspaces(db, { actor })} />;
}
