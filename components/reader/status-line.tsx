import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { STATE_ICONS as ICONS } from "@/components/states/state-icons";
import type { ReaderCell } from "@/lib/reports/get-reader-report";

// The review state in words and a symbol, never by colour alone: who approved and when,
// or that nothing is approved yet.
export async function StatusLine({ cell }: { cell: ReaderCell }) {
  const t = await getTranslations("ReaderCell");
  const ts = await getTranslations("Status");
  const format = await getFormatter();
  const locale = await getLocale();
  const strong = (chunks: ReactNode) => <strong>{chunks}</strong>;
  const approval = cell.approved
    ? {
        name: cell.approved.by,
        date: format.dateTime(cell.approved.at, { dateStyle: "long" }),
        strong,
        time: (chunks: ReactNode) => <time dateTime={cell.approved?.at.toISOString()}>{chunks}</time>,
      }
    : null;
  let text: ReactNode;
  if (approval && cell.status === "approved") text = t.rich("approvedBy", approval);
  else if (approval && cell.status === "outdated") text = t.rich("outdatedBy", approval);
  else if (cell.status === "missing") text = <strong>{ts("missing")}</strong>;
  else text = t.rich("notApprovedYet", { label: ts(cell.status), strong });
  return (
    <p className={`status status-${cell.status}`} lang={locale}>
      <span aria-hidden="true" className="status-icon">
        {ICONS[cell.status]}
      </span>{" "}
      {text}
    </p>
  );
}
