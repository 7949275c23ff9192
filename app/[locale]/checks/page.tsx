import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ChecksList } from "@/components/checks/checks-list";
import { routing } from "@/i18n/routing";

type Props = PageProps<"/[locale]/checks">;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "CheckList" });
  return { title: t("metaTitle") };
}

// Every quality check with its id, severity and explanation, the way Weblate documents its checks.
export default async function ChecksPage({ params }: Props) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <ChecksList />;
}
