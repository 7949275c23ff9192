import { describe, expect, it } from "vitest";
import { serverActionBodyProblem } from "./server-action-body";

const TEXT = "text/plain;charset=UTF-8";
const bytes = (text: string) => new TextEncoder().encode(text);

describe("serverActionBodyProblem", () => {
  it("passes the arguments React encodes, and leaves multipart bodies to Next", () => {
    expect(serverActionBodyProblem(TEXT, bytes(JSON.stringify([{ locale: "en", parts: [{ kind: "text", text: "Hello" }] }])))).toBeNull();
    expect(serverActionBodyProblem("multipart/form-data; boundary=x", bytes("{"))).toBeNull();
  });

  it("names what Next's decoder would fail on", () => {
    expect(serverActionBodyProblem(TEXT, new Uint8Array([0x5b, 0x22, 0xff, 0xfe, 0x22, 0x5d]))).toBe("not-utf8");
    expect(serverActionBodyProblem(TEXT, bytes("{"))).toBe("not-json");
    expect(serverActionBodyProblem(TEXT, bytes("null"))).toBe("not-arguments");
    expect(serverActionBodyProblem(TEXT, bytes('{"locale":"en"}'))).toBe("not-arguments");
    expect(serverActionBodyProblem(TEXT, bytes("[".repeat(100_000) + "]".repeat(100_000)))).toBe("too-deep");
  });
});
