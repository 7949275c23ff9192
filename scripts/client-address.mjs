// Who is really asking: the peer's address, unless the peer is a proxy we were told to trust,
// in which case the X-Forwarded-For chain is walked from the right, skipping trusted proxies
// (proxy-addr, Express's implementation). Used by scripts/serve.mjs on every request.
import proxyaddr from "proxy-addr";

// TRUSTED_PROXIES: comma-separated addresses, CIDR ranges or proxy-addr's names
// ("loopback", "linklocal", "uniquelocal"). Empty: trust nobody, forwarded headers are ignored.
export function compileTrust(setting) {
  const entries = (setting ?? "").split(",").map((entry) => entry.trim()).filter(Boolean);
  return entries.length > 0 ? proxyaddr.compile(entries) : () => false;
}

// "::ffff:127.0.0.1" and "127.0.0.1" are one client.
export function resolveClientAddress(request, trust) {
  const address = proxyaddr(request, trust);
  return address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
}

// Whether the connection itself comes from a trusted proxy, whose other X-Forwarded-* headers
// (host, proto, port) may then be believed.
export function isTrustedPeer(request, trust) {
  return trust(request.socket.remoteAddress ?? "", 0);
}
