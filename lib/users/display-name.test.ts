import { describe, expect, it } from "vitest";
import { checkNewAccount } from "./check-account-input";
import { newUserSchema } from "./create-user";
import { MAX_DISPLAY_NAME_LENGTH, parseDisplayName } from "./display-name";

describe("display names", () => {
  it("keeps a plain name, trimmed, with runs of spaces made one", () => {
    expect(parseDisplayName("  Claire   Morel ")).toEqual({ ok: true, name: "Claire Morel" });
    expect(parseDisplayName("Ирина Волкова")).toEqual({ ok: true, name: "Ирина Волкова" });
  });

  it("stores one spelling of a name: Unicode NFC", () => {
    const decomposed = "Ame\u0301lie"; // e + combining acute accent
    expect(parseDisplayName(decomposed)).toEqual({ ok: true, name: "Amélie" });
    expect(parseDisplayName(decomposed)).toEqual(parseDisplayName("Am\u00e9lie"));
  });

  it("refuses a blank name and one longer than the limit, counting characters rather than UTF-16 units", () => {
    expect(parseDisplayName(" \u200b ")).toEqual({ ok: false, problems: [{ code: "name-required" }] });
    expect(parseDisplayName("x".repeat(200_000))).toEqual({ ok: false, problems: [{ code: "name-required" }] });
    expect(parseDisplayName("😀".repeat(MAX_DISPLAY_NAME_LENGTH))).toMatchObject({ ok: true });
    expect(parseDisplayName("😀".repeat(MAX_DISPLAY_NAME_LENGTH + 1))).toMatchObject({ ok: false });
  });

  it("refuses a lone surrogate, control characters, line breaks and bidirectional controls", () => {
    expect(parseDisplayName("Emma\ud800")).toEqual({ ok: false, problems: [{ code: "not-well-formed" }] });
    expect(parseDisplayName("Emma\u0000Clarke")).toMatchObject({ ok: false, problems: [{ code: "control-character" }] });
    expect(parseDisplayName("Emma\nClarke")).toMatchObject({ ok: false, problems: [{ code: "control-character" }] });
    expect(parseDisplayName("Emma \u202eekralC")).toMatchObject({ ok: false, problems: [{ code: "bidi-control" }] });
  });

  it("is the rule of every path that creates a user: the admin form's check and the stored value", () => {
    const account = { email: "new@newsroom.test", password: "long-enough-password" };
    expect(checkNewAccount({ ...account, name: "Emma\u202e" })).toEqual([{ code: "bidi-control", character: "U+202E" }]);
    expect(newUserSchema.safeParse({ ...account, name: "Emma\u202e" }).success).toBe(false);
    expect(newUserSchema.parse({ ...account, name: " Ame\u0301lie  Roux " }).name).toBe("Amélie Roux");
  });
});
