import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import type { ReactNode } from "react";

type Namespace = keyof IntlMessages;
type IntlMessages = Awaited<ReturnType<typeof getMessages>>;

// The app ships no messages to the browser by default (see the locale layout). The
// interactive workspace, history and comments need theirs, with plurals and values, so
// this sends exactly the namespaces they use to the client components below it.
export async function ClientMessages({ namespaces, children }: { namespaces: Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  const picked = Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}

// What the history, comment and check components need (the workspace and the review queue).
export const TOOL_NAMESPACES: Namespace[] = ["History", "Comments", "Errors", "Status", "Languages", "Checks", "CheckList"];
