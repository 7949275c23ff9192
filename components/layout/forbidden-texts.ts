import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";
import type { Locale } from "@/i18n/routing";

export type ForbiddenTexts = {
  title: string;
  body: string;
  back: string;
  // for an admin, who can give themself the role: what to do, and the link to the users page
  adminBody?: string;
  adminLink?: string;
};
type Messages = typeof en;

// The 403 texts of one area in every interface language, read straight from messages/
// (see ForbiddenNotice for why not through next-intl).
export function forbiddenTexts(pick: (messages: Messages) => ForbiddenTexts): Record<Locale, ForbiddenTexts> {
  return { fr: pick(fr as Messages), en: pick(en), ru: pick(ru as Messages) };
}
