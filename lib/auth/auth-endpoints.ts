import { APIError } from "better-auth/api";

// The only Better Auth endpoints the product uses: the sign-in page and Better Auth's HTTP
// sign-in (scripts, e2e), sign-out, and reading the session (lib/auth/current-actor.ts,
// request-actor.ts). Everything else it ships (update-user, change-password, list-sessions,
// revoke-session, …) bypasses our rules (display names, the sign-in throttle) or answers
// misleadingly, so it is closed: over HTTP by app/api/auth/[...all]/route.ts, and for auth.api
// calls by the before hook below. An allowlist, so that endpoints added by an upgrade stay closed.
export const OPEN_AUTH_ENDPOINTS: Record<string, "GET" | "POST"> = {
  "/sign-in/email": "POST",
  "/sign-out": "POST",
  "/get-session": "GET",
};

export function isOpenAuthEndpoint(path: string | undefined, method?: string): boolean {
  if (!path || !Object.hasOwn(OPEN_AUTH_ENDPOINTS, path)) return false;
  return method === undefined || OPEN_AUTH_ENDPOINTS[path] === method.toUpperCase();
}

export function refuseClosedEndpoint(path: string | undefined): void {
  if (!isOpenAuthEndpoint(path)) throw new APIError("NOT_FOUND", { code: "NOT_FOUND", message: "Not found" });
}
