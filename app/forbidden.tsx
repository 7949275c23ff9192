import { getTranslations } from "next-intl/server";
import { EveryLanguagePage } from "@/components/layout/every-language-page";
import type { Locale } from "@/i18n/routing";
import "./globals.css";

async function texts(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "AdminForbidden" });
  return { title: t("title"), link: t("back") };
}

// Reached by a page refused (403) outside the segments that have their own forbidden.tsx.
export default function RootForbidden() {
  return <EveryLanguagePage texts={texts} path="" />;
}
