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
      <LocaleSwitcher
        current={locale}
        label={t("interfaceLanguage")}
        names={{ fr: t("localeNames.fr"), en: t("localeNames.en"), ru: t("localeNames.ru") }}
      />
    </header>
  );
}
