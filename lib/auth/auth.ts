import { betterAuth } from "better-auth";
import { APIError } from "better-auth/api";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/database-url";
import { appOrigin } from "@/lib/http/app-origin";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/create-user";
import { CLIENT_ADDRESS_HEADER } from "@/lib/http/client-ip";
import { parseDisplayName } from "@/lib/users/display-name";
import { recordSignIn } from "@/lib/users/record-sign-in";
import { authDatabase } from "./auth-database";
import { ACCOUNT_DEACTIVATED, afterAuthEndpoint, beforeAuthEndpoint } from "./sign-in-hooks";

// Sessions live in the database and in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS).
// Accounts are created by an admin (or the seed), never by public sign-up.
export const auth = betterAuth({
  baseURL: appOrigin,
  secret: process.env.BETTER_AUTH_SECRET,
  // Its writes go through writeTransaction, like every other write (see auth-database.ts).
  database: prismaAdapter(authDatabase(db), { provider: databaseProvider() }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
  // deactivatedAt comes with every session lookup, so a deactivated account's session opens nothing
  // without another query (lib/auth/current-actor.ts, request-actor.ts).
  user: {
    additionalFields: {
      isAdmin: { type: "boolean", defaultValue: false, input: false },
      deactivatedAt: { type: "date", required: false, input: false },
    },
  },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  advanced: {
    useSecureCookies: appOrigin.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    // The header scripts/serve.mjs sets to the one resolved client address (TRUSTED_PROXIES).
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
  },
  trustedOrigins: [appOrigin],
  // A burst guard per client address on Better Auth's HTTP endpoints (/api/auth/*) only; the
  // sign-in page's auth.api call does not pass through it. It counts in this process's memory:
  // each app instance counts on its own and a restart forgets. The limits that hold across
  // instances and for both ways in are the hooks' (lib/auth/throttle-policy.ts), in the
  // database, per account, per address and per pair. (Better Auth's `storage: "database"` would
  // need a table of its own, and a write per request, for a limit the hooks already enforce.)
  rateLimit: { enabled: true, window: 60, max: 300, customRules: { "/sign-in/email": { window: 10, max: 20 } } },
  hooks: { before: beforeAuthEndpoint, after: afterAuthEndpoint },
  // Should a Better Auth path ever write a name, it passes the same rule as an admin's.
  databaseHooks: {
    // A deactivated account gets no session, whichever way it signs in (lib/users/set-user-active.ts).
    session: {
      create: {
        before: async (session) => {
          const user = await db.user.findUnique({ where: { id: session.userId }, select: { deactivatedAt: true } });
          if (!user || user.deactivatedAt) throw new APIError("FORBIDDEN", { code: ACCOUNT_DEACTIVATED, message: "This account is deactivated" });
          return { data: session };
        },
        // The admin's table shows when each person last signed in, after their sessions are gone.
        after: async (session) => recordSignIn(db, { userId: session.userId, at: session.createdAt }),
      },
    },
    user: {
      create: { before: async (user) => ({ data: { ...user, name: checkedName(user.name) } }) },
      update: { before: async (user) => ({ data: user.name === undefined ? user : { ...user, name: checkedName(user.name) } }) },
    },
  },
  plugins: [nextCookies()],
});

function checkedName(name: string): string {
  const result = parseDisplayName(name);
  if (!result.ok) throw new APIError("BAD_REQUEST", { code: "INVALID_NAME", message: "Not a valid display name" });
  return result.name;
}
