import { appOrigin } from "./app-origin";

// Whether a request comes from a page of this app: the Origin header browsers send with
// every POST, else Sec-Fetch-Site. A request with neither is not from a modern browser's
// page and is treated as cross-site. Used for cookie-authenticated writes (API routes,
// server actions in the proxy).
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === appOrigin || origin === new URL(request.url).origin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
