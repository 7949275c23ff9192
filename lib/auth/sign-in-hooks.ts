import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { db } from "@/lib/db/client";
import { beginSignInAttempt, recordSignInSuccess } from "./sign-in-throttle";

const SIGN_IN_PATH = "/sign-in/email";
export const SIGN_IN_LOCKED = "SIGN_IN_LOCKED";

// Better Auth runs these around its e-mail sign-in, whether it is called over HTTP
// (/api/auth/sign-in/email) or from the sign-in page's server action (auth.api).
export const throttleSignInBefore = createAuthMiddleware(async (ctx) => {
  const email = signInEmail(ctx.path, ctx.body);
  if (!email) return;
  const verdict = await beginSignInAttempt(db, email);
  if (!verdict.isAllowed) {
    const retryAfterSeconds = Math.ceil(verdict.retryAfterMs / 1000);
    throw new APIError(
      "TOO_MANY_REQUESTS",
      { code: SIGN_IN_LOCKED, message: `Too many failed sign-ins for this account; try again in ${retryAfterSeconds} s`, retryAfterSeconds },
      { "Retry-After": String(retryAfterSeconds) },
    );
  }
  if (verdict.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, verdict.delayMs));
});

export const throttleSignInAfter = createAuthMiddleware(async (ctx) => {
  const email = signInEmail(ctx.path, ctx.body);
  if (!email || isAPIError(ctx.context.returned) || !ctx.context.newSession) return;
  await recordSignInSuccess(db, email);
});

function signInEmail(path: string | undefined, body: unknown): string | null {
  if (path !== SIGN_IN_PATH) return null;
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" && email.trim() !== "" ? email : null;
}
