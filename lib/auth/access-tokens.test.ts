import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/fixtures";
import { actorForToken, hashToken, TOKEN_PREFIX } from "./access-tokens";
import { createAccessToken } from "./create-access-token";
import { listAccessTokens } from "./list-access-tokens";
import { revokeAccessToken } from "./revoke-access-token";

let test: TestDb;
beforeAll(async () => {
  test = await createTestDb();
});
afterAll(() => test.cleanup());

describe("personal access tokens", () => {
  it("shows the secret once, stores only its hash, and acts as its owner with the owner's current roles", async () => {
    const irina = await createTestUser(test.db, { roles: [{ role: "translator", language: "ru" }] });
    const created = await createAccessToken(test.db, { actor: irina, name: "  OmegaT  " });
    expect(created.token).toMatch(new RegExp(`^${TOKEN_PREFIX}[A-Za-z0-9_-]{43}$`));
    expect(created.name).toBe("OmegaT");
    expect(created.token.startsWith(created.prefix)).toBe(true);

    const stored = await test.db.accessToken.findUniqueOrThrow({ where: { id: created.id } });
    expect(stored.tokenHash).toBe(hashToken(created.token));
    expect(JSON.stringify(stored)).not.toContain(created.token);

    await test.db.languageRole.create({ data: { userId: irina.id, role: "reviewer", language: "en" } });
    const actor = await actorForToken(test.db, created.token);
    expect(actor).toMatchObject({ id: irina.id, roles: expect.arrayContaining([{ role: "reviewer", language: "en" }]) });
  });

  it("records when a token was last used, at most once a minute", async () => {
    const user = await createTestUser(test.db);
    const { token, id } = await createAccessToken(test.db, { actor: user, name: "script" });
    const first = new Date("2026-11-24T10:00:00Z");
    await actorForToken(test.db, token, first);
    await actorForToken(test.db, token, new Date(first.getTime() + 30_000));
    expect((await test.db.accessToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(first);
    const [listed] = await listAccessTokens(test.db, { actor: user });
    expect(listed).toMatchObject({ id, name: "script", lastUsedAt: first });
  });

  it("stops working once revoked, and disappears from its owner's list", async () => {
    const user = await createTestUser(test.db);
    const { token, id } = await createAccessToken(test.db, { actor: user, name: "old tool" });
    await revokeAccessToken(test.db, { actor: user, tokenId: id });
    expect(await actorForToken(test.db, token)).toBeNull();
    expect(await listAccessTokens(test.db, { actor: user })).toEqual([]);
  });

  it("refuses unknown, malformed and look-alike tokens", async () => {
    expect(await actorForToken(test.db, "nrt_not-a-token")).toBeNull();
    expect(await actorForToken(test.db, "Bearer something")).toBeNull();
    expect(await actorForToken(test.db, "")).toBeNull();
  });

  it("lets nobody but the owner revoke a token, not even an admin", async () => {
    const owner = await createTestUser(test.db);
    const admin = await createTestUser(test.db, { isAdmin: true });
    const { id } = await createAccessToken(test.db, { actor: owner, name: "mine" });
    await expect(revokeAccessToken(test.db, { actor: admin, tokenId: id })).rejects.toMatchObject({ code: "forbidden" });
    await expect(revokeAccessToken(test.db, { actor: null, tokenId: id })).rejects.toMatchObject({ code: "unauthenticated" });
    await expect(revokeAccessToken(test.db, { actor: owner, tokenId: "nope" })).rejects.toMatchObject({ code: "not-found" });
  });

  it("needs a name of at most 80 characters", async () => {
    const user = await createTestUser(test.db);
    await expect(createAccessToken(test.db, { actor: user, name: "   " })).rejects.toMatchObject({
      code: "invalid",
      details: { problems: [{ code: "token-name", max: 80 }] },
    });
    await expect(createAccessToken(test.db, { actor: user, name: "x".repeat(81) })).rejects.toMatchObject({ code: "invalid" });
    expect(await test.db.accessToken.count({ where: { userId: user.id } })).toBe(0);
  });
});
