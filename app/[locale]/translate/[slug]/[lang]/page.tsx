import type { Metadata } from "next";
import { forbidden, notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseShown } from "@/components/workspace/shown-states";
import { WorkspaceView } from "@/components/workspace/workspace-view";
import { routing } from "@/i18n/routing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { db } from "@/lib/db/client";
import { DomainError } from "@/lib/errors";
import { getWorkspace } from "@/lib/workspace/get-workspace";
import { getSessionStart } from "@/lib/workspace/session-start";
import {
  loadParagraphComments,
  loadParagraphHistory,
  postParagraphComment,
  restoreParagraphRevision,
  saveParagraph,
  submitParagraph,
} from "./actions";

type Props = PageProps<"/[locale]/translate/[slug]/[lang]">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lang } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Workspace" });
  const tl = await getTranslations({ locale, namespace: "Languages" });
  const language = lang === "en" || lang === "ru" ? tl(lang) : lang;
  return { title: t("metaTitle", { language }), robots: { index: false } };
}

export default async function TranslatePage({ params, searchParams }: Props) {
  const { locale, slug, lang } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await getCurrentActor();
  if (!actor) redirect(`/${locale}/sign-in?next=${encodeURIComponent(`/${locale}/translate/${slug}/${lang}`)}`);
  const sessionStart = (await getSessionStart()) ?? new Date();
  const data = await getWorkspace(db, { slug, language: lang, actor, sessionStart }).catch((error: unknown) => {
    if (error instanceof DomainError && error.code === "not-found") notFound();
    if (error instanceof DomainError && error.code === "forbidden") forbidden();
    throw error;
  });
  const show = (await searchParams).show;
  const actions = { saveParagraph, submitParagraph, restoreParagraphRevision, loadParagraphHistory, loadParagraphComments, postParagraphComment };
  return <WorkspaceView data={data} locale={locale} shown={parseShown(typeof show === "string" ? show : undefined)} actions={actions} />;
}
