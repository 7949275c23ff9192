"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef, type RefObject } from "react";
import { routing, type Locale } from "@/i18n/routing";
import { useLocationSuffix } from "./use-location-suffix";

// Plain links, so switching works without JavaScript; once hydrated they keep the
// reader's column choice (?cols=…) and place: the address's #paragraph, else the paragraph
// being read (useReadingPlace). Next's own usePathname, not next-intl's,
// so that this needs no intl context in the browser.
export function LocaleSwitcher({ current, label, names }: { current: Locale; label: string; names: Record<Locale, string> }) {
  const pathname = usePathname() ?? `/${current}`;
  const suffix = useLocationSuffix();
  const nav = useReadingPlace();
  const [, first = "", ...rest] = pathname.split("/");
  const page = (routing.locales as readonly string[]).includes(first) ? rest.join("/") : [first, ...rest].join("/");
  return (
    <nav aria-label={label} className="locale-switcher" ref={nav}>
      <ul>
        {routing.locales.map((locale) => (
          <li key={locale}>
            <a
              href={`/${locale}${page ? `/${page}` : ""}${suffix}`}
              hrefLang={locale}
              lang={locale}
              aria-current={locale === current ? "page" : undefined}
              onClick={(event) => {
                // the address's #paragraph wins; else the paragraph being read
                const place = nav.current?.dataset.readingPlace;
                if (window.location.hash || !place) return;
                const url = new URL(event.currentTarget.href);
                url.hash = place;
                event.currentTarget.href = url.href;
              }}
            >
              {names[locale]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

// The paragraph being read: the first whose bottom is below the top of the screen (under the
// sticky column heads), noted while the text is scrolled past its start, so that scrolling
// back up to the switch does not lose it. null: not on a page with paragraphs, or not read yet.
// Kept on the switch itself (data-reading-place), where the click reads it.
function useReadingPlace(): RefObject<HTMLElement | null> {
  const nav = useRef<HTMLElement | null>(null);
  useEffect(() => {
    let frame = 0;
    const note = () => {
      frame = 0;
      const rows = [...document.querySelectorAll<HTMLElement>("[data-paragraph]")];
      if (rows.length === 0 || rows[0].getBoundingClientRect().top > 0) return;
      const id = rows.find((row) => row.getBoundingClientRect().bottom > 48)?.id;
      if (id && nav.current) nav.current.dataset.readingPlace = id;
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(note);
    };
    window.addEventListener("scroll", onScroll, { passive: true });
    return () => {
      window.removeEventListener("scroll", onScroll);
      cancelAnimationFrame(frame);
    };
  }, []);
  return nav;
}
