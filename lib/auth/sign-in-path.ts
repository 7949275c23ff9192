import { routing, type Locale } from "@/i18n/routing";

// the interface languages as a pattern ("fr|en|ru"): codes are [a-z]{2,3}, nothing to escape
const LOCALES = routing.locales.join("|");
const SIGN_IN = new RegExp(`^/(${LOCALES})/sign-in(/|\\?|#|$)`);
const HOME = new RegExp(`^/((${LOCALES})/?)?([?#].*)?$`);

// Where to go after signing in: only a path on this site (never `//host` or a full URL,
// which would make the sign-in page an open redirect), and never the sign-in page itself.
// Without one, or from the public home, a person lands on their work (app/[locale]/work).
export function safeNextPath(next: unknown, locale: Locale): string {
  const home = `/${locale}/work`;
  if (typeof next !== "string" || next.length > 1000) return home;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return home;
  if (/[\u0000-\u001f\\]/.test(next)) return home;
  if (SIGN_IN.test(next)) return home;
  if (HOME.test(next)) return `/${next.split(/[/?#]/)[1] || locale}/work`;
  return next;
}

export function signInPath(locale: Locale, next?: string): string {
  return next ? `/${locale}/sign-in?next=${encodeURIComponent(next)}` : `/${locale}/sign-in`;
}
