import { routing, type Locale } from "@/i18n/routing";

// API answers in the caller's language: ?locale=…, else Accept-Language, else English.
export function negotiateLocale(request: Request): Locale {
  const asked = new URL(request.url).searchParams.get("locale");
  if (asked && (routing.locales as readonly string[]).includes(asked)) return asked as Locale;
  const header = request.headers.get("accept-language") ?? "";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, q] = part.trim().split(";q=");
      return { language: tag.slice(0, 2).toLowerCase(), q: q ? Number(q) : 1 };
    })
    .sort((a, b) => b.q - a.q);
  const match = ranked.find((entry) => (routing.locales as readonly string[]).includes(entry.language));
  return (match?.language as Locale | undefined) ?? "en";
}
