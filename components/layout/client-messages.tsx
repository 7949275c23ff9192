import { notFound } from "next/navigation";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing";

type Namespace = keyof IntlMessages;
type IntlMessages = Awaited<ReturnType<typeof getMessages>>;

// The app ships no messages to the browser by default (see LocaleContext). The
// interactive workspace, history and comments need theirs, with plurals and values, so
// this sends exactly the namespaces they use to the client components below it.
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

// No messages, only the locale (and time zone): what next-intl's Link and useRouter need. The
// locale layout mounts no provider, so that a page without them (the reader) loads none of
// next-intl's client code; the segments whose components use them mount this in their layout.
// A layout may render before the locale layout has set the request's locale, and asking
// next-intl for it then would pin the response to the default one: so it comes from the address.
export function LocaleContext({ locale, children }: { locale: string; children: ReactNode }) {
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return (
    <NextIntlClientProvider locale={locale} messages={null}>
      {children}
    </NextIntlClientProvider>
  );
}

// What the history, comment and check components need (the workspace and the review queue).
export const TOOL_NAMESPACES: Namespace[] = ["History", "Comments", "Errors", "Status", "Languages", "Checks", "CheckList"];
