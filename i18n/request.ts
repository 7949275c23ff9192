import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    // Pages are prerendered: dates must not depend on the server's time zone.
    timeZone: "UTC",
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});
