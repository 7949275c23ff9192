import { isAPIError } from "better-auth/api";
import { DomainError } from "@/lib/errors";
import { auth } from "./auth";
import { ACCOUNT_DEACTIVATED, SIGN_IN_LOCKED } from "./sign-in-hooks";

export type SignInOptions = { email: string; password: string; headers: Headers };

// Signs in through Better Auth (its hooks throttle the account; the nextCookies plugin
// sets the session cookie on the server action's response).
export async function signIn({ email, password, headers }: SignInOptions): Promise<{ userId: string }> {
  try {
    const result = await auth.api.signInEmail({ body: { email, password, rememberMe: true }, headers });
    return { userId: result.user.id };
  } catch (error) {
    if (!isAPIError(error)) throw error;
    const body = (error.body ?? {}) as { code?: string; retryAfterSeconds?: number };
    if (body.code === SIGN_IN_LOCKED) {
      throw new DomainError("locked", "Too many failed sign-ins", { retryAfterSeconds: body.retryAfterSeconds ?? 0 });
    }
    // Only once the password was right: a wrong one still says nothing about the account.
    if (body.code === ACCOUNT_DEACTIVATED) throw new DomainError("forbidden", "This account is deactivated", { reason: "deactivated" });
    if (error.statusCode === 429) throw new DomainError("locked", "Too many requests", { retryAfterSeconds: 60 });
    // 401: unknown address or wrong password (Better Auth does not say which); 400: not an address at all.
    if (error.statusCode === 401 || error.statusCode === 400) {
      throw new DomainError("unauthenticated", "Wrong e-mail or password", { reason: "bad-credentials" });
    }
    throw error;
  }
}

export async function signOut(headers: Headers): Promise<void> {
  await auth.api.signOut({ headers });
}
