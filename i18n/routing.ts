import { defineRouting } from "next-intl/routing";

export const locales = ["fr", "en", "ru"] as const;
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: "fr",
  localePrefix: "always",
  // The proxy only runs on `/` and unprefixed paths, so a cookie would remember the first
  // negotiated language and never see a later switch: Accept-Language alone decides.
  localeCookie: false,
  // hreflang alternates are in each page's head (i18n/alternates.ts), not in a Link header.
  alternateLinks: false,
});
