import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("Nav");
  const tm = await getTranslations("Metadata");
  return (
    <header className="site-header">
      <nav aria-label={t("primary")} className="site-nav">
        <Link href="/" className="site-name">
          {tm("siteName")}
        </Link>
        <Link href="/">{t("home")}</Link>
      </nav>
      <div className="site-header-end">
        <LocaleSwitcher
          current={locale}
          label={t("interfaceLanguage")}
          names={{ fr: t("localeNames.fr"), en: t("localeNames.en"), ru: t("localeNames.ru") }}
        />
        {/* Account area (sign-in link / account menu) goes here. The header is part of every
            prerendered page: reading cookies or headers for it on the server would make the
            reader dynamic, so it must find the session in the browser (a client island). */}
      </div>
    </header>
  );
}
