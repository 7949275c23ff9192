import type { getFormatter } from "next-intl/server";

type Formatter = Awaited<ReturnType<typeof getFormatter>>;

// A report's date as the source gives it ("2022-01", "2022-01-12"), in the interface's words.
export function reportDateText(format: Formatter, date: string): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year) return date;
  const value = new Date(Date.UTC(year, (month || 1) - 1, day || 1));
  if (day) return format.dateTime(value, { dateStyle: "long" });
  if (month) return format.dateTime(value, { year: "numeric", month: "long" });
  return String(year);
}
