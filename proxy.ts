import createMiddleware from "next-intl/middleware";
import { NextResponse, type NextRequest } from "next/server";
import { routing } from "./i18n/routing";

const handleI18nRouting = createMiddleware(routing);

// A first segment shaped like a language tag (/de/…, /pt-br/…) that is not one of ours.
const LANGUAGE_TAG = /^\/([a-z]{2,3}(?:-[a-z0-9]{2,8})*)(?=\/|$)/i;

// The proxy only negotiates: `/` and paths without a locale prefix go to the reader's
// language (Accept-Language). An unknown locale is answered 404 in that language at its own
// address, rather than redirected to an address that does not exist either.
export default function proxy(request: NextRequest): NextResponse {
  const response = handleI18nRouting(request);
  const tag = LANGUAGE_TAG.exec(request.nextUrl.pathname)?.[1];
  const location = response.headers.get("location");
  const isOurs = (routing.locales as readonly string[]).includes(tag?.toLowerCase() ?? "");
  if (tag && location && !isOurs) return NextResponse.rewrite(new URL(location, request.url));
  return response;
}

// Prefixed pages are served straight from the cache without running it.
export const config = {
  matcher: ["/", "/((?!api|_next|_vercel|fr(?:/|$)|en(?:/|$)|ru(?:/|$)|.*\\..*).*)"],
};
