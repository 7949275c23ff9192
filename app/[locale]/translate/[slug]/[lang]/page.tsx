import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { parseShown } from "@/components/workspace/shown-states";
import { WorkspaceView } from "@/components/workspace/workspace-view";
import { routing } from "@/i18n/routing";
import { db } from "@/lib/db/client";
import { guardPage, requirePageActor } from "@/lib/http/page-guard";
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
import { languageNames } from "@/components/text/language-names";

type Props = PageProps<"/[locale]/translate/[slug]/[lang]">;

// ?page= and ?at= (issue 14: one page of a long report); anything else is no choice at all.
const positiveInteger = (value: string | string[] | undefined) => (typeof value === "string" && /^\d{1,6}$/.test(value) ? Number(value) : undefined);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, lang } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Workspace" });
  const tl = languageNames(await getTranslations({ locale, namespace: "Languages" }));
  const language = tl(lang);
  return { title: t("metaTitle", { language }), robots: { index: false } };
}

export default async function TranslatePage({ params, searchParams }: Props) {
  const { locale, slug, lang } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const returnTo = `/${locale}/translate/${slug}/${lang}`;
  const actor = await requirePageActor(locale, returnTo);
  const sessionStart = (await getSessionStart()) ?? new Date();
  const query = await searchParams;
  const window = { page: positiveInteger(query.page), at: positiveInteger(query.at) };
  const find = typeof query.find === "string" ? query.find.slice(0, 200) : undefined;
  const data = await guardPage(() => getWorkspace(db, { slug, language: lang, actor, sessionStart, window, find }), { locale, returnTo });
  const show = query.show;
  const actions = { saveParagraph, submitParagraph, restoreParagraphRevision, loadParagraphHistory, loadParagraphComments, postParagraphComment };
  return <WorkspaceView data={data} locale={locale} shown={parseShown(typeof show === "string" ? show : undefined)} actions={actions} />;
}
