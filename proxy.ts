import createMiddleware from "next-intl/middleware";
import { NextRequest, NextResponse } from "next/server";
import { serverActionRefusal } from "./lib/http/server-action-refusal";
import { NO_CONTENT_POLICY, NONCE_HEADER, pagePolicy } from "./lib/http/security-policy.mjs";
import { routing } from "./i18n/routing";
import { db } from "./lib/db/client";
import { SHARED_CACHE_CONTROL, sharedReaderSlug } from "./lib/http/shared-cache";
import { matchesEtag, readerEtag } from "./lib/reports/reader-etag";

const handleI18nRouting = createMiddleware(routing);

// A first segment shaped like a language tag (/de/…, /pt-br/…) that is not one of ours.
const LANGUAGE_TAG = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)(?=\/|$)/i;
const OUR_PREFIX = new RegExp(`^/(?:${routing.locales.join("|")})(?:/|$)`);
// File-like addresses (/.env, /icon.svg) are not pages to negotiate a language for.
const FILE_LIKE = /\/[^/]*\.[^/]*$/;

// Runs on every page (not /api, not /_next). It refuses bad server actions before Next
// reads them, answers a revalidation of an unchanged reader page with a 304 (no render),
// gives each request a fresh CSP nonce (Next reads it from the request's
// Content-Security-Policy header and puts it on its scripts; our inline script reads
// x-nonce), and negotiates the language on `/` and unprefixed paths: those go to the
// reader's language (Accept-Language), an unknown locale is answered 404 in that language
// at its own address rather than redirected to an address that does not exist either.
export default async function proxy(request: NextRequest): Promise<NextResponse> {
  const refusal = await serverActionRefusal(request);
  if (refusal) {
    const { status, ...body } = refusal;
    const response = NextResponse.json(body, { status });
    response.headers.set("content-security-policy", NO_CONTENT_POLICY);
    return response;
  }
  const etag = await sharedReaderEtag(request);
  if (etag && matchesEtag(request.headers.get("if-none-match"), etag)) {
    return new NextResponse(null, { status: 304, headers: { etag, "cache-control": SHARED_CACHE_CONTROL } });
  }
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const isHttps = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const policy = pagePolicy({ nonce, isHttps });
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", policy);
  const response = negotiatesLanguage(request.nextUrl.pathname)
    ? routeByLanguage(new NextRequest(request.url, { headers }), headers)
    : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  if (etag) {
    response.headers.set("etag", etag);
    response.headers.set("cache-control", SHARED_CACHE_CONTROL);
  }
  return response;
}

// The anonymous reader's page, the one kind of page a shared cache keeps (lib/http/shared-cache.ts).
// A database that cannot answer costs the page its tag, not the reader their page: the
// render then tries on its own and answers whatever it can.
async function sharedReaderEtag(request: NextRequest): Promise<string | null> {
  const slug = sharedReaderSlug(request.method, request.nextUrl, request.headers);
  if (!slug) return null;
  return readerEtag(db, slug, request.nextUrl.pathname).catch(() => null);
}

function negotiatesLanguage(pathname: string): boolean {
  return !OUR_PREFIX.test(pathname) && !FILE_LIKE.test(pathname);
}

function routeByLanguage(request: NextRequest, headers: Headers): NextResponse {
  const response = handleI18nRouting(request);
  const tag = LANGUAGE_TAG.exec(request.nextUrl.pathname)?.[1];
  const location = response.headers.get("location");
  const isOurs = (routing.locales as readonly string[]).includes(tag?.toLowerCase() ?? "");
  if (tag && location && !isOurs) return NextResponse.rewrite(new URL(location, request.url), { request: { headers } });
  return response;
}

// Everything but /api and /_next (next.config.mjs gives those their headers).
export const config = {
  matcher: ["/((?!api(?:/|$)|_next/).*)"],
};
