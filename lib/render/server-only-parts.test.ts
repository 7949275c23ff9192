import { describe, expect, it } from "vitest";
import { putServerOnlyPart, serverOnlyPartCount, takeServerOnlyPart } from "./server-only-parts";

describe("server-only parts", () => {
  it("hands a part over once, and forgets parts whose HTML render never came after a minute", () => {
    const before = serverOnlyPartCount();
    const token = putServerOnlyPart("the rows", { requestKey: "nonce-1", name: "rows", now: 1_000 });
    expect(token).toBe("nonce-1:rows");
    expect(takeServerOnlyPart(token)).toBe("the rows");
    expect(takeServerOnlyPart(token)).toBeNull();

    putServerOnlyPart("aborted", { requestKey: "nonce-2", name: "rows", now: 1_000 });
    expect(serverOnlyPartCount()).toBe(before + 1);
    const later = putServerOnlyPart("next", { name: "rows", now: 1_000 + 61_000 });
    expect(serverOnlyPartCount()).toBe(before + 1);
    expect(takeServerOnlyPart(later)).toBe("next");
  });
});
