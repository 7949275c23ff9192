import { verifyPassword } from "better-auth/crypto";
import { createTranslator } from "use-intl/core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { actorForToken } from "@/lib/auth/access-tokens";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { describeError } from "@/lib/http/describe-error";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";
import { resetUserPassword } from "./reset-user-password";

// next-intl's server entry point needs React's server runtime: its core translator stands in.
vi.mock("next-intl/server", async () => {
  const { createTranslator: translator } = await import("use-intl/core");
  const all = { en: (await import("@/messages/en.json")).default, fr: (await import("@/messages/fr.json")).default, ru: (await import("@/messages/ru.json")).default };
  return { getTranslations: async ({ locale }: { locale: keyof typeof all }) => translator({ locale, namespace: "Errors", messages: all[locale] }) };
});

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

const openSession = (userId: string) => test.db.session.create({ data: { userId, token: crypto.randomUUID(), expiresAt: new Date(Date.now() + 60_000) } });
const storedHash = async (userId: string) => (await test.db.account.findFirstOrThrow({ where: { userId, providerId: "credential" } })).password!;

describe("an admin resetting someone's password", () => {
  it("ends every session of the user and revokes their access tokens, and says how many", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const user = await createTestUser(test.db);
    await openSession(user.id);
    await openSession(user.id);
    const { token } = await createAccessToken(test.db, { actor: user, name: "CAT tool" });
    const result = await resetUserPassword(test.db, { actor: admin, userId: user.id, password: "a-brand-new-password" });
    expect(result).toEqual({ id: user.id, endedSessions: 2, revokedTokens: 1 });
    expect(await test.db.session.count({ where: { userId: user.id } })).toBe(0);
    expect(await actorForToken(test.db, token)).toBeNull();
  });

  it("refuses an admin's own password, which is changed on the account page, and changes nothing", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    await openSession(admin.id);
    const before = await storedHash(admin.id);
    const refused = resetUserPassword(test.db, { actor: admin, userId: admin.id, password: "a-brand-new-password" });
    await expect(refused).rejects.toMatchObject({ code: "forbidden", details: { reason: "own-password" } });
    expect(await storedHash(admin.id)).toBe(before);
    expect(await verifyPassword({ hash: before, password: admin.password })).toBe(true);
    expect(await test.db.session.count({ where: { userId: admin.id } })).toBe(1);
  });

  it("explains the refusal in the caller's language, pointing to the account page, as a 403", async () => {
    const admin = await createTestUser(test.db, { isAdmin: true });
    const error = await resetUserPassword(test.db, { actor: admin, userId: admin.id, password: "a-brand-new-password" }).catch((caught: unknown) => caught);
    expect(await describeError(error, "en")).toMatchObject({ status: 403, message: expect.stringContaining("account page") });
    expect((await describeError(error, "fr")).message).toContain("page de votre compte");
    expect((await describeError(error, "ru")).message).toContain("странице своей учётной записи");
  });

  it("words the result with plurals in every language", () => {
    const say = (messages: typeof en, locale: "en" | "fr" | "ru", sessions: number, tokens: number) =>
      createTranslator({ locale, namespace: "AdminUsers", messages })("passwordReset", { sessions, tokens });
    expect(say(en, "en", 2, 1)).toBe("Password reset; 2 sessions ended, 1 access token revoked.");
    expect(say(en, "en", 0, 0)).toBe("Password reset; no session was open, no access token to revoke.");
    expect(say(fr, "fr", 1, 3)).toBe("Mot de passe réinitialisé\u202f; 1 session fermée, 3 jetons d’accès révoqués.");
    expect(say(ru, "ru", 5, 2)).toBe("Пароль сброшен; завершено 5 сеансов, отозвано 2 токена доступа.");
  });
});
