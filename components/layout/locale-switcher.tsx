"use client";

import { usePathname } from "@/i18n/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { useLocationSuffix } from "./use-location-suffix";

// Plain links, so switching works without JavaScript; once hydrated they keep the
// reader's column choice (?cols=…) and position (#paragraph).
export function LocaleSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const pathname = usePathname();
  const suffix = useLocationSuffix();
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${pathname === "/" ? "" : pathname}${suffix}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
