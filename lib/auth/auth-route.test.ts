import { describe, expect, it, vi } from "vitest";
import fr from "@/messages/fr.json";
import { isOpenAuthEndpoint } from "./auth-endpoints";
import { guardAuthEndpoint, stripTokens } from "./auth-route";

// next-intl's server entry point needs React's server runtime: its core translator stands in.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("use-intl/core");
  const messages = { en: (await import("@/messages/en.json")).default, fr: (await import("@/messages/fr.json")).default, ru: (await import("@/messages/ru.json")).default };
  return {
    // describeError asks only for the "Errors" namespace
    getTranslations: async ({ locale }: { locale: keyof typeof messages }) => createTranslator({ locale, namespace: "Errors", messages: messages[locale] }),
  };
});

const betterAuth = async () =>
  Response.json({ token: "secret", redirect: false, user: { id: "u1", name: "Emma" } }, { headers: { "set-cookie": "better-auth.session_token=secret; HttpOnly" } });
const handler = guardAuthEndpoint(betterAuth);

describe("Better Auth's endpoints", () => {
  it("opens only sign-in, sign-out and the session, each for its own method", () => {
    expect(isOpenAuthEndpoint("/sign-in/email", "POST")).toBe(true);
    expect(isOpenAuthEndpoint("/sign-out", "POST")).toBe(true);
    expect(isOpenAuthEndpoint("/get-session", "GET")).toBe(true);
    expect(isOpenAuthEndpoint("/sign-in/email", "GET")).toBe(false);
    for (const path of ["/update-user", "/change-password", "/revoke-session", "/list-sessions", "/sign-up/email", "/constructor", undefined]) {
      expect(isOpenAuthEndpoint(path)).toBe(false);
    }
  });

  it("answers any other path 404 in JSON, in the caller's language, without calling Better Auth", async () => {
    const response = await handler(new Request("http://localhost/api/auth/update-user", { method: "POST", headers: { "accept-language": "fr" } }));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: "not-found", message: fr.Errors.notFound });
    expect(response.headers.get("content-language")).toBe("fr");
  });

  it("keeps the cookie but takes session tokens out of the answer's body", async () => {
    const response = await handler(new Request("http://localhost/api/auth/sign-in/email", { method: "POST" }));
    expect(response.headers.get("set-cookie")).toContain("session_token=secret");
    expect(await response.json()).toEqual({ redirect: false, user: { id: "u1", name: "Emma" } });
    expect(stripTokens({ session: { token: "t", id: "s" }, user: null })).toEqual({ session: { id: "s" }, user: null });
  });
});
