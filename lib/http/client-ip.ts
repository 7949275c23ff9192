import { isIP } from "node:net";

// The address a request comes from, as scripts/serve.mjs resolved it: it replaces any
// X-Forwarded-For the client sent with one address (the peer's, or the client's behind a
// trusted proxy), so the first entry is the one to believe. Read here, for the sign-in
// limits and for Better Auth's rate limiter alike (lib/auth/auth.ts).
export const CLIENT_ADDRESS_HEADER = "x-forwarded-for";

// Requests that carry no usable address (auth.api called without headers) share one bucket.
export const UNKNOWN_CLIENT = "unknown";

export function clientAddress(headers: Headers | null | undefined): string {
  const first = headers?.get(CLIENT_ADDRESS_HEADER)?.split(",")[0]?.trim() ?? "";
  return clientKey(first);
}

// One key per client: IPv4-mapped IPv6 as IPv4, and IPv6 by its /64 network, since whoever
// holds one IPv6 address usually holds the 2^64 addresses of its network.
export function clientKey(address: string): string {
  const plain = address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");
  const family = isIP(plain);
  if (family === 4) return plain;
  if (family === 6) return `${expandIPv6(plain).slice(0, 4).join(":")}::/64`;
  return UNKNOWN_CLIENT;
}

function expandIPv6(address: string): string[] {
  const [head, tail = ""] = address.split("%")[0].split("::");
  const left = head ? head.split(":") : [];
  const right = address.includes("::") && tail ? tail.split(":") : [];
  const zeros = Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((group) => group.padStart(4, "0"));
}
