import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";

// Answered with HTTP 403 when a signed-in user without the right opens an admin page.
// Next renders this boundary before the layout has set the request's locale, and
// next-intl would pin the default one for the whole request: so no getTranslations here,
// the three texts go to a tiny client component that reads the locale from the URL.
export default function Forbidden() {
  return <ForbiddenNotice texts={{ fr: fr.AdminForbidden, en: en.AdminForbidden, ru: ru.AdminForbidden }} />;
}
