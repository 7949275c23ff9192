import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/components/account/sign-in-form";
import { routing } from "@/i18n/routing";
import { getCurrentActor } from "@/lib/auth/current-actor";
import { safeNextPath } from "@/lib/auth/sign-in-path";

export async function generateMetadata({ params }: PageProps<"/[locale]/sign-in">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: PageProps<"/[locale]/sign-in">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const { next } = await searchParams;
  const nextPath = safeNextPath(Array.isArray(next) ? next[0] : next, locale);
  if (await getCurrentActor()) redirect(nextPath);
  const t = await getTranslations("SignIn");
  return (
    <main className="page narrow auth-page">
      <h1>{t("title")}</h1>
      <p>{t("intro")}</p>
      <SignInForm
        locale={locale}
        next={nextPath}
        labels={{ email: t("email"), password: t("password"), submit: t("submit"), pending: t("pending") }}
      />
      <p className="hint">{t("noAccount")}</p>
    </main>
  );
}
