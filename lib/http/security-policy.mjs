// The HTTP security policy, in one place for next.config.mjs (plain JavaScript, so it can
// import this file) and proxy.ts. next.config.mjs puts the fixed headers on every response
// and the no-nonce policy on /api and /_next; the proxy puts a per-request, nonce-based
// policy on everything else (pages, their 404s, its own refusals).

// Next's own limit for a server action body (experimental.serverActions.bodySizeLimit).
// The proxy answers 413 above it before Next reads the body (Next would answer 500).
export const SERVER_ACTION_BODY_LIMIT_BYTES = 1024 * 1024;

// The request header the proxy hands the nonce to the page in (read with headers()).
export const NONCE_HEADER = "x-nonce";

export const FIXED_SECURITY_HEADERS = [
  { key: "x-content-type-options", value: "nosniff" },
  { key: "x-frame-options", value: "DENY" },
  { key: "referrer-policy", value: "same-origin" },
  { key: "permissions-policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "cross-origin-opener-policy", value: "same-origin" },
];

// Two years, the value the HSTS preload list asks for; only sent over HTTPS.
export const HSTS_HEADER = { key: "strict-transport-security", value: "max-age=63072000; includeSubDomains" };

const BASE_DIRECTIVES = ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];

// JSON, fonts, scripts and styles as files: nothing in them may load or run anything.
export const NO_CONTENT_POLICY = ["default-src 'none'", ...BASE_DIRECTIVES, "form-action 'none'"].join("; ");

// Pages: only scripts carrying this response's nonce run ('strict-dynamic' lets them load
// Next's chunks); styles come from our files, and style attributes (React's style props,
// the column order) stay allowed because they cannot run code. Fonts are self-hosted.
export function pagePolicy({ nonce, isHttps }) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    ...BASE_DIRECTIVES,
    "form-action 'self'",
    ...(isHttps ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}
