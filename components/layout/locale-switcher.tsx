"use client";

import { usePathname } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import { useLocationSuffix } from "./use-location-suffix";

// Plain links, so switching works without JavaScript; once hydrated they keep the
// reader's column choice (?cols=…) and place: the address's #paragraph, else the paragraph
// nearest the top of the screen, read at the click. Next's own usePathname, not next-intl's,
// so that this needs no intl context in the browser.
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
              onClick={keepReadingPlace}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The first paragraph whose bottom is below the top of the screen (under the sticky column
// heads): where the reader is reading. Only when the address names none.
function keepReadingPlace(event: React.MouseEvent<HTMLAnchorElement>): void {
  if (window.location.hash) return;
  const rows = [...document.querySelectorAll<HTMLElement>("[data-paragraph]")];
  if (rows.length === 0 || window.scrollY === 0) return;
  const nearest = rows.find((row) => row.getBoundingClientRect().bottom > 48);
  if (!nearest?.id) return;
  const url = new URL(event.currentTarget.href);
  url.hash = nearest.id;
  event.currentTarget.href = url.href;
}
