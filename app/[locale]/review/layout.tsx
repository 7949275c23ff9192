import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ForbiddenMessages } from "@/components/review/forbidden-messages";
import { routing } from "@/i18n/routing";

export default async function ReviewLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return <ForbiddenMessages locale={locale}>{children}</ForbiddenMessages>;
}
