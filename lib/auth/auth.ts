import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/database-url";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/create-user";
import { throttleSignInAfter, throttleSignInBefore } from "./sign-in-hooks";

export const appOrigin = process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;

// Sessions live in the database and in an HttpOnly, SameSite=Lax cookie (Secure over HTTPS).
// Accounts are created by an admin (or the seed), never by public sign-up.
export const auth = betterAuth({
  baseURL: appOrigin,
  secret: process.env.BETTER_AUTH_SECRET,
  database: prismaAdapter(db, { provider: databaseProvider() }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH },
  user: { additionalFields: { isAdmin: { type: "boolean", defaultValue: false, input: false } } },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  advanced: {
    useSecureCookies: appOrigin.startsWith("https://"),
    defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
  },
  trustedOrigins: [appOrigin],
  // Per-IP limits here; guessing one account's password is slowed down and then locked per
  // account by the hooks (lib/auth/throttle-policy.ts), for the page and the HTTP endpoint alike.
  rateLimit: { enabled: true, window: 60, max: 300, customRules: { "/sign-in/email": { window: 10, max: 20 } } },
  hooks: { before: throttleSignInBefore, after: throttleSignInAfter },
  plugins: [nextCookies()],
});
