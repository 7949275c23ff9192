import { describe, expect, it } from "vitest";
import { decodeExchangeFile, MAX_EXCHANGE_FILE_BYTES } from "./read-xliff-file";

const reason = (work: () => unknown) => {
  try {
    work();
    return "accepted";
  } catch (error) {
    return (error as { details: { file: { reason: string } } }).details.file.reason;
  }
};

describe("decodeExchangeFile", () => {
  it("refuses a file over the limit and bytes that are not UTF-8, and drops a BOM", () => {
    expect(reason(() => decodeExchangeFile(new Uint8Array(MAX_EXCHANGE_FILE_BYTES + 1)))).toBe("too-large");
    expect(reason(() => decodeExchangeFile(new Uint8Array([0x3c, 0xff, 0x3e])))).toBe("not-utf8");
    expect(decodeExchangeFile(new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x61, 0x2f, 0x3e]))).toBe("<a/>");
  });
});
