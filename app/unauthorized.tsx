import { getTranslations } from "next-intl/server";
import { EveryLanguagePage } from "@/components/layout/every-language-page";
import type { Locale } from "@/i18n/routing";
import "./globals.css";

async function texts(locale: Locale) {
  return { title: (await getTranslations({ locale, namespace: "SignIn" }))("title"), link: (await getTranslations({ locale, namespace: "AccountMenu" }))("signIn") };
}

// Reached by unauthorized() outside the locale layout (pages send anonymous visitors to the
// sign-in page instead): the sign-in page in each language.
export default function RootUnauthorized() {
  return <EveryLanguagePage texts={texts} path="/sign-in" />;
}
