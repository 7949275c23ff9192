"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { liveOutline } from "@/lib/workspace/workspace-window";
import { formatShown } from "./shown-states";
import { workspacePageHref } from "./page-href";
import { useWorkspace } from "./workspace-context";

// A long report's pages (issue 14): where this page is, the previous and next pages, the next
// paragraph the filters show when it is on another page, and a jump to a paragraph by number.
// Plain links and a GET form: keyboard and screen readers get what any page of links gives.
export function WorkspacePager({ placement }: { placement: "top" | "bottom" }) {
  const t = useTranslations("Workspace");
  const { data, outline: loaded, state, locale } = useWorkspace();
  const inputId = useId();
  const { window: at } = data;
  if (at.pageCount <= 1) return null;
  const base = { locale, slug: data.report.slug, language: data.language, shown: state.shown };
  const outline = liveOutline(loaded, state.saved);
  const isShown = (row: (typeof outline)[number]) => state.shown.includes(row.state);
  const nextShown = outline.slice(at.last).find(isShown) ?? outline.slice(0, at.first - 1).find(isShown);
  const action = `/${locale}/translate/${data.report.slug}/${data.language}`;
  return (
    <nav className="ws-pager" aria-label={t(placement === "top" ? "pagerLabel" : "pagerLabelEnd")} data-pager={placement}>
      <p className="ws-pager-status">{t("pageStatus", { page: at.page, pages: at.pageCount, first: at.first, last: at.last, total: at.total })}</p>
      <ul className="ws-pager-links">
        {at.page > 1 ? (
          <li>
            <a href={workspacePageHref(base, { page: at.page - 1 })} rel="prev" data-page-link="previous">
              {t("previousPage")}
            </a>
          </li>
        ) : null}
        {at.page < at.pageCount ? (
          <li>
            <a href={workspacePageHref(base, { page: at.page + 1 })} rel="next" data-page-link="next">
              {t("nextPage")}
            </a>
          </li>
        ) : null}
        {placement === "top" && nextShown ? (
          <li>
            <a href={workspacePageHref(base, { at: nextShown.number }, nextShown.key)} data-page-link="next-shown">
              {t("nextShown", { number: nextShown.number, page: Math.ceil(nextShown.number / at.pageSize) })}
            </a>
          </li>
        ) : null}
      </ul>
      {placement === "top" ? (
        <form className="ws-pager-jump" method="get" action={action}>
          <label htmlFor={inputId}>{t("jumpLabel")}</label>{" "}
          <input id={inputId} name="at" type="number" inputMode="numeric" min={1} max={at.total} required />
          <input type="hidden" name="show" value={formatShown(state.shown)} />{" "}
          <button type="submit" className="ws-button-secondary">
            {t("jumpButton")}
          </button>
        </form>
      ) : null}
    </nav>
  );
}
