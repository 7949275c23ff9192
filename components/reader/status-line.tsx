import type { ReactNode } from "react";
import { STATE_ICONS } from "@/components/states/state-icons";
import { pageWords } from "@/components/text/page-words";
import type { ReaderCell } from "@/lib/reports/get-reader-report";

// The review state in words and a symbol, never by colour alone: who approved and when,
// or that nothing is approved yet.
export function StatusLine({ cell }: { cell: ReaderCell }) {
  const { cell: t, status: ts, format, locale } = pageWords();
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const approval = cell.approved
    ? {
        name: cell.approved.by,
        date: format.dateTime(cell.approved.at, { dateStyle: "long" }),
        strong,
        // the day, as the words say it (UTC, the formatter's time zone): a full timestamp per cell is
        // mostly digits that compress badly
        time: (chunks: ReactNode) => <time dateTime={cell.approved?.at.toISOString().slice(0, 10)}>{chunks}</time>,
      }
    : null;
  let text: ReactNode;
  if (approval && cell.status === "approved") text = t.rich("approvedBy", approval);
  else if (approval && cell.status === "outdated") text = t.rich("outdatedBy", approval);
  else if (cell.status === "missing") text = <strong>{ts("missing")}</strong>;
  else text = t.rich("notApprovedYet", { label: ts(cell.status), strong });
  return (
    // the state's symbol is drawn by CSS before the words (statusIconsCss), once per page, not per cell
    <p className={`status status-${cell.status}`} lang={locale === cell.language ? undefined : locale}>
      {text}
    </p>
  );
}

// Each state's symbol before its status line, hidden from assistive technology (the words say
// it), in the page's nonce-carrying <style>; derived from STATE_ICONS, the one list of symbols.
export function statusIconsCss(): string {
  return Object.entries(STATE_ICONS)
    .map(([state, icon]) => `.status-${state}::before{content:"${icon}";content:"${icon}" / "";display:inline-block;width:1.1em;margin-right:.25em;text-align:center}`)
    .join("");
}
