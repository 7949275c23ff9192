import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

// The proxy only negotiates: `/` and paths without a locale prefix. Prefixed pages are
// served straight from the cache without running it.
export const config = {
  matcher: ["/", "/((?!api|_next|_vercel|fr(?:/|$)|en(?:/|$)|ru(?:/|$)|.*\\..*).*)"],
};
