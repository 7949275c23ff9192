import { routing, type Locale } from "@/i18n/routing";

// Server actions get the interface language with their input (the proxy does not run for them).
export function actionLocale(input: Record<string, unknown>): Locale {
  const locale = input.locale;
  return (routing.locales as readonly unknown[]).includes(locale) ? (locale as Locale) : routing.defaultLocale;
}
