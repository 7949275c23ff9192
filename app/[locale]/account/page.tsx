import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { RoleList } from "@/components/account/role-list";
import { ActionForm } from "@/components/forms/action-form";
import { TokenList } from "@/components/account/token-list";
import { TokenCreateForm } from "@/components/account/token-create-form";
import { workLabels } from "@/components/account/work-labels";
import { WorkLinks } from "@/components/account/work-links";
import { routing } from "@/i18n/routing";
import { listAccessTokens } from "@/lib/auth/list-access-tokens";
import { requirePageActor } from "@/lib/http/page-guard";
import { db } from "@/lib/db/client";
import { getAccountSummary } from "@/lib/users/get-account-summary";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/create-user";
import { signOutFormAction } from "../sign-in/actions";
import { changePasswordAction, createTokenAction } from "./actions";

export async function generateMetadata({ params }: PageProps<"/[locale]/account">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Account" });
  return { title: t("title"), robots: { index: false } };
}

export default async function AccountPage({ params }: PageProps<"/[locale]/account">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/${locale}/account`);
  const [summary, tokens, t, labels] = await Promise.all([
    getAccountSummary(db, { actor }),
    listAccessTokens(db, { actor }),
    getTranslations("Account"),
    workLabels(),
  ]);
  return (
    <main className="page narrow account-page">
      <h1>{t("title")}</h1>
      <section aria-labelledby="account-who">
        <h2 id="account-who">{t("whoHeading")}</h2>
        <dl className="facts">
          <div>
            <dt>{t("name")}</dt>
            <dd>{actor.name}</dd>
          </div>
          <div>
            <dt>{t("email")}</dt>
            <dd>{actor.email}</dd>
          </div>
          <div>
            <dt>{t("roles")}</dt>
            <dd>
              <RoleList isAdmin={actor.isAdmin} roles={actor.roles} />
            </dd>
          </div>
        </dl>
        <form action={signOutFormAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t("signOut")}</button>
        </form>
      </section>
      <section aria-labelledby="account-password">
        <h2 id="account-password">{t("passwordHeading")}</h2>
        <ActionForm action={changePasswordAction} className="stacked-form" submitLabel={t("changePassword")} pendingLabel={t("pending")}>
          <input type="hidden" name="locale" value={locale} />
          <label>
            <span>{t("currentPassword")}</span>
            <input name="currentPassword" type="password" autoComplete="current-password" />
          </label>
          <label>
            <span>{t("newPassword")}</span>
            <input name="newPassword" type="password" autoComplete="new-password" aria-describedby="new-password-hint" />
          </label>
          <p id="new-password-hint" className="hint">
            {t("passwordHint", { min: MIN_PASSWORD_LENGTH })}
          </p>
        </ActionForm>
      </section>
      {summary.work.length > 0 ? (
        <section aria-labelledby="account-work">
          <h2 id="account-work">{t("workHeading")}</h2>
          <WorkLinks work={summary.work} locale={locale} labels={labels} />
        </section>
      ) : null}
      <section aria-labelledby="account-tokens">
        <h2 id="account-tokens">{t("tokensHeading")}</h2>
        <p>{t.rich("tokensIntro", { code: (chunks) => <code>{chunks}</code> })}</p>
        <p>
          {t("apiReference")} <a href="/api/openapi.json">/api/openapi.json</a>
        </p>
        <TokenCreateForm
          action={createTokenAction}
          locale={locale}
          labels={{
            name: t("tokenName"),
            create: t("createToken"),
            pending: t("pending"),
            newToken: t("newToken"),
            shownOnce: t("shownOnce"),
            copy: t("copy"),
            copied: t("copied"),
          }}
        />
        <h3>{t("activeTokens")}</h3>
        <TokenList tokens={tokens} locale={locale} />
      </section>
    </main>
  );
}
