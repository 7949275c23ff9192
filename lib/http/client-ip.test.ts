import { describe, expect, it } from "vitest";
import { clientAddress, clientKey, UNKNOWN_CLIENT } from "./client-ip";

const headers = (value?: string) => new Headers(value === undefined ? {} : { "x-forwarded-for": value });

describe("client address from request headers", () => {
  it("reads the address scripts/serve.mjs resolved", () => {
    expect(clientAddress(headers("198.51.100.7"))).toBe("198.51.100.7");
    expect(clientAddress(headers(" 198.51.100.7 , 10.0.0.1"))).toBe("198.51.100.7");
  });

  it("is one client whether IPv4 comes plain or mapped into IPv6", () => {
    expect(clientKey("::ffff:127.0.0.2")).toBe("127.0.0.2");
  });

  it("keys IPv6 by its /64 network, however the address is written", () => {
    expect(clientKey("2001:db8:1:2:aaaa::1")).toBe("2001:0db8:0001:0002::/64");
    expect(clientKey("2001:DB8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:0db8:0001:0002::/64");
    expect(clientKey("::1")).toBe("0000:0000:0000:0000::/64");
  });

  it("puts requests without a usable address in one bucket", () => {
    expect(clientAddress(null)).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(headers())).toBe(UNKNOWN_CLIENT);
    expect(clientAddress(headers("not-an-address"))).toBe(UNKNOWN_CLIENT);
  });
});
