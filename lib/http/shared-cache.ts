import { routing } from "@/i18n/routing";

export { SHARED_CACHE_CONTROL } from "./shared-cache-policy.mjs";

// What a shared cache in front (deploy/nginx.conf) may keep, decided here and nowhere else.
// Only the anonymous reader's pages: they are the same for every reader, and they carry an
// ETag (lib/reports/reader-etag.ts) that changes with what they show. The front keeps a page
// for one second, then asks again with If-None-Match; the proxy answers 304 without
// rendering while nothing changed, so a page stays cached between changes and an approval
// reaches readers through the front within a second, from any instance. Everything else
// keeps Next's "private, no-store".

// Better Auth's cookie (and its __Secure- form over HTTPS). Any such cookie, valid or not,
// means "not anonymous": such a page is never shared. deploy/nginx.conf matches the same name.
export const SESSION_COOKIE = "better-auth.session_token";

const READER_PAGE = new RegExp(`^/(?:${routing.locales.join("|")})/reports/([^/]+)/?$`);

export function isAnonymous(headers: Headers): boolean {
  const cookies = headers.get("cookie") ?? "";
  return !headers.has("authorization") && !cookies.includes(`${SESSION_COOKIE}=`);
}

// The report slug when this request may be answered from, and stored in, a shared cache.
// scripts/serve.mjs takes the policy back from any other answer Next makes of the request.
export function sharedReaderSlug(method: string, url: URL, headers: Headers): string | null {
  const { pathname, searchParams: search } = url;
  if (method !== "GET" && method !== "HEAD") return null;
  // A client navigation's RSC payload: Next strips its rsc header before the proxy, and
  // always addresses it with _rsc (it redirects there first), so the query tells.
  if (search.has("_rsc") || headers.has("next-router-prefetch")) return null;
  if (!isAnonymous(headers)) return null;
  const match = READER_PAGE.exec(pathname);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null; // a malformed escape: the page answers its own 404
  }
}
