import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { clientAddress } from "@/lib/http/client-ip";
import { refuseClosedEndpoint } from "./auth-endpoints";
import { beginSignInAttempt, recordSignInSuccess, type SignInAttempt } from "./sign-in-throttle";

const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_IN_LOCKED = "SIGN_IN_LOCKED";
export const ACCOUNT_DEACTIVATED = "ACCOUNT_DEACTIVATED";

// Better Auth runs these around every endpoint, whether it is called over HTTP
// (/api/auth/sign-in/email) or from the sign-in page's server action (auth.api, given the
// request's headers): closed endpoints are refused, and every e-mail sign-in is counted per
// account, per client address and per pair (lib/auth/throttle-policy.ts).
export const beforeAuthEndpoint = createAuthMiddleware(async (ctx) => {
  refuseClosedEndpoint(ctx.path);
  const attempt = signInAttempt(ctx.path, ctx.body, ctx.headers ?? ctx.request?.headers);
  if (!attempt) return;
  const verdict = await beginSignInAttempt(db, attempt);
  if (!verdict.isAllowed) {
    const retryAfterSeconds = Math.ceil(verdict.retryAfterMs / 1000);
    const who = verdict.scope === "address" ? "from this address" : "for this account";
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { code: SIGN_IN_LOCKED, message: `Too many failed sign-ins ${who}; try again in ${retryAfterSeconds} s`, retryAfterSeconds },
      { "Retry-After": String(retryAfterSeconds) },
    );
  }
  if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
});

export const afterAuthEndpoint = createAuthMiddleware(async (ctx) => {
  const attempt = signInAttempt(ctx.path, ctx.body, ctx.headers ?? ctx.request?.headers);
  if (!attempt || isAPIError(ctx.context.returned) || !ctx.context.newSession) return;
  await recordSignInSuccess(db, attempt);
});

function signInAttempt(path: string | undefined, body: unknown, headers: Headers | undefined): SignInAttempt | null {
  if (path !== SIGN_IN_PATH) return null;
  const email = (body as { email?: unknown } | undefined)?.email;
  if (typeof email !== "string" || email.trim() === "") return null;
  return { email, client: clientAddress(headers) };
}
