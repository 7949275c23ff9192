import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";

// Ships the forbidden page's three strings (and nothing else) to ForbiddenNotice.
export async function ForbiddenMessages({ locale, children }: { locale: Locale; children: ReactNode }) {
  const review = await getTranslations({ locale, namespace: "Review" });
  const activity = await getTranslations({ locale, namespace: "Activity" });
  const messages = {
    Review: { forbiddenTitle: review("forbiddenTitle"), forbiddenBody: review("forbiddenBody"), forbiddenBack: review("forbiddenBack") },
    Activity: { forbiddenTitle: activity("forbiddenTitle"), forbiddenBody: activity("forbiddenBody") },
  };
  return (
    <NextIntlClientProvider locale={locale} messages={messages} formats={{}} timeZone="UTC" now={new Date(0)}>
      {children}
    </NextIntlClientProvider>
  );
}
