import type { Metadata } from "next";
import { routing, type Locale } from "./routing";

// The same page in every interface language, for the head's hreflang links. `path` is the
// page's path without its locale prefix ("" for a locale's home).
export function localeAlternates(locale: Locale, path: string): Metadata["alternates"] {
  const at = (other: string) => `/${other}${path}`;
  return {
    canonical: at(locale),
    languages: {
      ...Object.fromEntries(routing.locales.map((other) => [other, at(other)])),
      "x-default": at(routing.defaultLocale),
    },
  };
}
