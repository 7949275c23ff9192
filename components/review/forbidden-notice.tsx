"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// What a signed-in user sees (with a 403) on a page their roles do not open. A client
// component fed by ForbiddenMessages: forbidden.tsx gets no params, and a server component
// there would read the interface language before the layout has set it.
export function ForbiddenNotice({ area }: { area: "review" | "activity" }) {
  const t = useTranslations();
  return (
    <main className="page narrow" data-testid="forbidden">
      <h1>{t(area === "review" ? "Review.forbiddenTitle" : "Activity.forbiddenTitle")}</h1>
      <p>{t(area === "review" ? "Review.forbiddenBody" : "Activity.forbiddenBody")}</p>
      <p>
        <Link href="/">{t("Review.forbiddenBack")}</Link>
      </p>
    </main>
  );
}
