import { getTranslations } from "next-intl/server";
import { ForbiddenMessage } from "@/components/workspace/forbidden-message";
import { routing } from "@/i18n/routing";

// Status 403: signed in, but without a role for this language. Next renders this boundary
// alongside the layout, before the layout has set the request's locale, so it must not ask
// next-intl for "the current locale" (that would pin the whole page to the default one):
// it reads every interface language explicitly and the browser-side part picks one.
export default async function TranslateForbidden() {
  const texts = Object.fromEntries(
    await Promise.all(
      routing.locales.map(async (locale) => {
        const t = await getTranslations({ locale, namespace: "Workspace" });
        return [locale, { title: t("forbiddenTitle"), body: t("forbiddenBody"), back: t("forbiddenBack") }] as const;
      }),
    ),
  );
  return <ForbiddenMessage texts={texts} />;
}
