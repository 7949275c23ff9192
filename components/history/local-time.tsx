"use client";

import { useLocale } from "next-intl";
import { useSyncExternalStore } from "react";

const noSubscription = () => () => {};

// Times are shown in the reader's own time zone, which only the browser knows. The server
// (and hydration) render UTC, marked as such; the browser then switches to local time.
export function LocalTime({ value, style = "auto" }: { value: Date | string | number; style?: "auto" | "time" | "datetime" }) {
  const locale = useLocale();
  const isBrowser = useSyncExternalStore(noSubscription, () => true, () => false);
  const date = new Date(value);
  const sameDay = isBrowser && date.toDateString() === new Date().toDateString();
  const showDate = style === "datetime" || (style === "auto" && !sameDay);
  const format = new Intl.DateTimeFormat(locale, {
    ...(showDate ? { dateStyle: "medium" } : {}),
    timeStyle: "short",
    ...(isBrowser ? {} : { timeZone: "UTC" }),
  });
  return <time dateTime={date.toISOString()}>{isBrowser ? format.format(date) : `${format.format(date)} UTC`}</time>;
}
