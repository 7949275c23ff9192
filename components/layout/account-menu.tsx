"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useRef, useState } from "react";
import { WorkLinks, type WorkLabels } from "@/components/account/work-links";
import { useLocationSearch } from "./use-location-suffix";
import type { AccountSummary } from "@/lib/users/get-account-summary";

const ANONYMOUS: AccountSummary = { user: null, work: [] };

export type AccountMenuLabels = {
  signIn: string;
  menu: string;
  myWork: string;
  glossary: string;
  account: string;
  admin: string;
  activity: string;
  signOut: string;
  work: WorkLabels;
};

// Reader pages are static and cached for everyone, so who is signed in is asked from the
// browser (/api/me) and never rendered on the server. Without JavaScript: a sign-in link.
export function AccountMenu({ locale, labels }: { locale: string; labels: AccountMenuLabels }) {
  const pathname = usePathname();
  const search = useLocationSearch();
  // null until /api/me answers: nothing is shown rather than a "Sign in" that may be wrong.
  const [summary, setSummary] = useState<AccountSummary | null>(null);
  // Open on one page only: navigating elsewhere closes the menu.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn !== null && openOn === pathname;
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/me", { cache: "no-store", signal: controller.signal })
      .then((response) => (response.ok ? (response.json() as Promise<AccountSummary>) : ANONYMOUS))
      .then((answer) => setSummary(answer))
      .catch((error: unknown) => {
        if ((error as Error).name !== "AbortError") setSummary(ANONYMOUS);
      });
    return () => controller.abort();
  }, [pathname]);

  useEffect(() => {
    if (!isOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [isOpen]);

  const user = summary?.user;
  if (!user) {
    // Back to the same page after signing in, with the reader's column choice.
    const next = pathname && !pathname.includes("/sign-in") ? `?next=${encodeURIComponent(pathname + search)}` : "";
    const href = `/${locale}/sign-in${next}`;
    return (
      <div className="account-menu" data-state={summary ? "anonymous" : "loading"}>
        <a href={href} className="sign-in-link">
          {labels.signIn}
        </a>
        {/* Without JavaScript nobody asks /api/me: the link is shown as it is. */}
        <noscript>
          <a href={href}>{labels.signIn}</a>
        </noscript>
      </div>
    );
  }

  const signOut = async () => {
    // Better Auth's own endpoint, as signOutAction calls it: a server action here would load
    // Next's server-action runtime (about 10 KB gzipped) on every page, the reader's included.
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => undefined);
    // A full load drops everything the signed-in user had in the page and the router cache.
    window.location.assign(new URL(`/${locale}`, window.location.origin).href);
  };

  return (
    <div className="account-menu" ref={root}>
      <button type="button" ref={button} aria-expanded={isOpen} aria-controls={menuId} onClick={() => setOpenOn(isOpen ? null : pathname)} className="account-button">
        <span className="visually-hidden">{labels.menu}: </span>
        {user.name}
      </button>
      <div id={menuId} className="account-panel" hidden={!isOpen}>
        <nav aria-label={labels.menu}>
          {summary.work.length > 0 ? <WorkLinks work={summary.work} locale={locale} labels={labels.work} headingLevel="p" /> : null}
          <ul className="account-links">
            <li>
              <a href={`/${locale}/work`} data-my-work="">
                {labels.myWork}
              </a>
            </li>
            {summary.work.length > 0 || user.isAdmin ? (
              <li>
                <a href={`/${locale}/glossary`}>{labels.glossary}</a>
              </li>
            ) : null}
            <li>
              <a href={`/${locale}/account`}>{labels.account}</a>
            </li>
            {user.isAdmin ? (
              <>
                <li>
                  <a href={`/${locale}/admin/users`}>{labels.admin}</a>
                </li>
                <li>
                  <a href={`/${locale}/admin/activity`}>{labels.activity}</a>
                </li>
              </>
            ) : null}
            <li>
              <button type="button" onClick={signOut} className="link-button">
                {labels.signOut}
              </button>
            </li>
          </ul>
        </nav>
      </div>
    </div>
  );
}
