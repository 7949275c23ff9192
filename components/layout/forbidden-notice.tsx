"use client";

import { hasLocale } from "next-intl";
import { useParams } from "next/navigation";
import { routing, type Locale } from "@/i18n/routing";
import type { ForbiddenTexts } from "./forbidden-texts";

// What a signed-in user sees (with a 403) on a page their roles do not open. Next renders
// forbidden.tsx before the locale layout has set the request's locale, and asking next-intl
// for it there would pin the whole response to the default one: so the boundary hands over
// the texts of every interface language and this picks one from the address.
export function ForbiddenNotice({ texts, isAdmin = false }: { texts: Record<Locale, ForbiddenTexts>; isAdmin?: boolean }) {
  const { locale } = useParams<{ locale: string }>();
  const language = hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
  const text = texts[language];
  return (
    <main className="page narrow" data-testid="forbidden">
      <h1>{text.title}</h1>
      {isAdmin && text.adminBody ? (
        <>
          <p>{text.adminBody}</p>
          <p>
            <a href={`/${language}/admin/users`}>{text.adminLink}</a>
          </p>
        </>
      ) : (
        <p>{text.body}</p>
      )}
      <p>
        <a href={`/${language}`}>{text.back}</a>
      </p>
    </main>
  );
}
