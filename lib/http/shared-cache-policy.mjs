// The shared cache's policy, in plain JavaScript so that scripts/serve.mjs can import it too
// (the rest of the rule is in lib/http/shared-cache.ts, and deploy/nginx.conf applies it).

// A reader page is fresh in the front for this long, then revalidated (If-None-Match → 304).
export const SHARED_CACHE_SECONDS = 1;

// max-age=0: browsers ask the front each time (it answers 304 from its copy).
// stale-if-error: while every instance is restarting, the front serves its last copy.
export const SHARED_CACHE_CONTROL = `public, max-age=0, s-maxage=${SHARED_CACHE_SECONDS}, stale-if-error=86400`;

// What Next sends for a page rendered per request.
export const PRIVATE_CACHE_CONTROL = "private, no-cache, no-store, max-age=0, must-revalidate";

// The proxy marks the anonymous reader's page public before Next renders it. Only the page
// itself, as HTML, keeps the mark (or the proxy's own 304): should Next answer the request
// with something else (a redirect to its RSC address, an error page), no shared cache stores it.
export function keepsSharedPolicy({ status, contentType, isRsc }) {
  if (status === 304) return true;
  return status === 200 && String(contentType ?? "").startsWith("text/html") && !isRsc;
}
