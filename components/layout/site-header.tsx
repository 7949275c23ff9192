import { getTranslations } from "next-intl/server";
import { workLabels } from "@/components/account/work-labels";
import { routing, type Locale } from "@/i18n/routing";
import { AccountMenu } from "./account-menu";
import "@/components/account/account.css";
import { LocaleSwitcher } from "./locale-switcher";

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations("Nav");
  const tm = await getTranslations("Metadata");
  const ta = await getTranslations("AccountMenu");
  return (
    <header className="site-header">
      <nav aria-label={t("primary")} className="site-nav">
        {/* Plain links: next-intl's Link is a client component whose runtime every page would load. */}
        <a href={`/${locale}`} className="site-name">
          {tm("siteName")}
        </a>
        <a href={`/${locale}`}>{t("home")}</a>
      </nav>
      <div className="site-header-end">
        <LocaleSwitcher
          current={locale}
          label={t("interfaceLanguage")}
          names={Object.fromEntries(routing.locales.map((code) => [code, t(`localeNames.${code}`)])) as Record<Locale, string>}
        />
        <AccountMenu
          locale={locale}
          labels={{
            signIn: ta("signIn"),
            menu: ta("menu"),
            myWork: ta("myWork"),
            glossary: ta("glossary"),
            account: ta("account"),
            admin: ta("admin"),
            activity: ta("activity"),
            signOut: ta("signOut"),
            work: await workLabels(),
          }}
        />
      </div>
    </header>
  );
}
