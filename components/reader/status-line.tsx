import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { ReaderCell } from "@/lib/reports/get-reader-report";

const ICONS: Record<ReaderCell["status"], string> = {
  approved: "✓",
  "in-review": "◔",
  draft: "✎",
  "changes-requested": "↺",
  outdated: "⚠",
  missing: "∅",
};

// The review state in words and a symbol, never by colour alone.
export async function StatusLine({ cell }: { cell: ReaderCell }) {
  const t = await getTranslations("Status");
  const format = await getFormatter();
  const locale = await getLocale();
  const label = t(cell.status);
  const detail =
    cell.approved && (cell.status === "approved" || cell.status === "outdated")
      ? t("approvedBy", { name: cell.approved.by, date: format.dateTime(cell.approved.at, { dateStyle: "medium" }) })
      : null;
  return (
    <p className={`status status-${cell.status}`} lang={locale}>
      <span aria-hidden="true" className="status-icon">
        {ICONS[cell.status]}
      </span>{" "}
      <strong>{label}</strong>
      {detail ? <span className="status-detail"> · {detail}</span> : null}
    </p>
  );
}
