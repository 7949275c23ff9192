"use client";

import { useEffect } from "react";
import { parseColumns } from "@/lib/reports/columns";
import type { ContentLanguage } from "@/lib/languages";
import { markerTarget, orderCells, setRowTabStops } from "./cell-order";
import { ensurePopover } from "./quote-popover";

const MARKER = ".quote-badge";
const OPEN = "data-open";
const DISMISSED = "data-dismissed";

// The reader's small script: the cells' DOM order follows the chosen columns (from the
// address, so the cached page stays one for every ?cols=), the arrow keys move between a
// row's quotation markers (its first on screen is its one tab stop), a marker gets its
// popover when first pointed at or focused (quote-popover.ts), a tap opens it and Escape closes it.
export function ReaderKeys({ articleId, defaults, languages }: { articleId: string; defaults: ContentLanguage[]; languages: ContentLanguage[] }) {
  useEffect(() => {
    const article = document.getElementById(articleId);
    if (!article) return;
    const reorder = () => {
      orderCells(article, parseColumns(new URLSearchParams(window.location.search).get("cols"), languages) ?? defaults);
      setRowTabStops(article, MARKER);
    };
    const closeAll = (except?: Element | null) =>
      article.querySelectorAll(`[${OPEN}]`).forEach((mark) => mark !== except && mark.removeAttribute(OPEN));
    const onKey = (event: KeyboardEvent) => {
      const marker = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(MARKER) : null;
      const mark = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".quote-mark") : null;
      if (event.key === "Escape" && mark) {
        mark.removeAttribute(OPEN);
        mark.setAttribute(DISMISSED, "");
        mark.querySelector<HTMLElement>(MARKER)?.focus();
        return;
      }
      const row = marker?.closest(".row");
      if (!marker || !row) return;
      const markers = [...row.querySelectorAll<HTMLElement>(MARKER)].filter((candidate) => candidate.getClientRects().length > 0);
      const target = markerTarget(markers, marker, event.key);
      if (!target) return;
      event.preventDefault();
      target.focus();
    };
    const prepare = (event: Event) => {
      const mark = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(".quote-mark") : null;
      if (mark) ensurePopover(mark);
    };
    const onClick = (event: MouseEvent) => {
      const marker = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(MARKER) : null;
      const mark = marker?.closest<HTMLElement>(".quote-mark") ?? null;
      closeAll(mark);
      if (!mark) return;
      ensurePopover(mark);
      mark.removeAttribute(DISMISSED);
      mark.toggleAttribute(OPEN);
    };
    const onFocusOut = (event: FocusEvent) => {
      const mark = event.target instanceof HTMLElement ? event.target.closest(".quote-mark") : null;
      if (mark && !(event.relatedTarget instanceof Node && mark.contains(event.relatedTarget))) mark.removeAttribute(DISMISSED);
    };
    reorder();
    article.dataset.ordered = "";
    article.addEventListener("keydown", onKey);
    article.addEventListener("mouseover", prepare);
    article.addEventListener("focusin", prepare);
    document.addEventListener("click", onClick);
    article.addEventListener("focusout", onFocusOut);
    window.addEventListener("columnschange", reorder);
    window.addEventListener("popstate", reorder);
    return () => {
      article.removeEventListener("keydown", onKey);
      article.removeEventListener("mouseover", prepare);
      article.removeEventListener("focusin", prepare);
      document.removeEventListener("click", onClick);
      article.removeEventListener("focusout", onFocusOut);
      window.removeEventListener("columnschange", reorder);
      window.removeEventListener("popstate", reorder);
    };
  }, [articleId, defaults, languages]);
  return null;
}
