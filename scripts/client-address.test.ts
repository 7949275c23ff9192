import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { compileTrust, isTrustedPeer, resolveClientAddress } from "./client-address.mjs";

function request(peer: string, forwardedFor?: string): Pick<IncomingMessage, "headers" | "socket"> {
  return { socket: { remoteAddress: peer } as Socket, headers: forwardedFor === undefined ? {} : { "x-forwarded-for": forwardedFor } };
}

describe("resolving the client address (scripts/serve.mjs)", () => {
  it("trusts nobody by default: the peer's address, whatever X-Forwarded-For says", () => {
    const trust = compileTrust("");
    expect(resolveClientAddress(request("198.51.100.7", "203.0.113.1"), trust)).toBe("198.51.100.7");
    expect(resolveClientAddress(request("::ffff:127.0.0.2", "203.0.113.1"), compileTrust(undefined))).toBe("127.0.0.2");
  });

  it("behind a trusted proxy, takes the address the proxy saw", () => {
    const trust = compileTrust("loopback");
    expect(resolveClientAddress(request("127.0.0.1", "203.0.113.1"), trust)).toBe("203.0.113.1");
    expect(resolveClientAddress(request("127.0.0.1"), trust)).toBe("127.0.0.1");
  });

  it("walks the chain from the right, past trusted proxies only, so a client cannot prepend a false address", () => {
    const trust = compileTrust("10.0.0.0/8, 127.0.0.1");
    expect(resolveClientAddress(request("127.0.0.1", "1.2.3.4, 203.0.113.9, 10.1.2.3"), trust)).toBe("203.0.113.9");
    expect(resolveClientAddress(request("198.51.100.7", "1.2.3.4"), trust)).toBe("198.51.100.7");
  });

  it("believes the other forwarded headers only from a trusted peer", () => {
    expect(isTrustedPeer(request("127.0.0.1"), compileTrust(""))).toBe(false);
    expect(isTrustedPeer(request("::ffff:127.0.0.1"), compileTrust("loopback"))).toBe(true);
    expect(isTrustedPeer(request("198.51.100.7"), compileTrust("10.0.0.0/8"))).toBe(false);
  });
});
