"use client";

import { usePathname } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { useLocationSuffix } from "./use-location-suffix";

// Plain links, so switching works without JavaScript; once hydrated they keep the
// reader's column choice (?cols=…) and position (#paragraph). Next's own usePathname, not
// next-intl's, so that this needs no intl context in the browser.
export function LocaleSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const pathname = usePathname() ?? `/${current}`;
  const suffix = useLocationSuffix();
  const [, first = "", ...rest] = pathname.split("/");
  const page = (routing.locales as readonly string[]).includes(first) ? rest.join("/") : [first, ...rest].join("/");
  return (
    <nav aria-label={label} className="locale-switcher">
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${page ? `/${page}` : ""}${suffix}`}
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
