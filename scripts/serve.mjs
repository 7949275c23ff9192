// `npm run serve`: the production build served by Next's request handler behind plain node:http,
// so that the client's address is ours to decide. `next start` keeps any X-Forwarded-For the
// client sends (it only fills it in when missing), so a client could pick the address every
// per-IP limit sees. Here every request's forwarded headers are replaced by the one resolved
// address (scripts/client-address.mjs, TRUSTED_PROXIES in .env.example), and the other
// X-Forwarded-* headers are dropped unless a trusted proxy sent them.
import http from "node:http";
import { keepsSharedPolicy, PRIVATE_CACHE_CONTROL, SHARED_CACHE_CONTROL } from "../lib/http/shared-cache-policy.mjs";
import { compileTrust, isTrustedPeer, resolveClientAddress } from "./client-address.mjs";

// Set before Next is loaded: some of its modules read it once, on import.
process.env.NODE_ENV = "production";
const { default: next } = await import("next");
const port = Number(process.env.PORT || 3000);
const trust = compileTrust(process.env.TRUSTED_PROXIES);

const app = next({ dev: false, dir: process.cwd(), port });
await app.prepare();
const handle = app.getRequestHandler();

const server = http.createServer((request, response) => {
  const client = resolveClientAddress(request, trust);
  request.headers["x-forwarded-for"] = client;
  request.headers["x-real-ip"] = client;
  delete request.headers.forwarded;
  // Next fills these in from the connection when they are missing.
  if (!isTrustedPeer(request, trust)) for (const name of ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"]) delete request.headers[name];
  keepSharedCachingToPages(request, response);
  handle(request, response).catch((error) => {
    console.error(error);
    if (!response.headersSent) response.writeHead(500).end();
  });
});
// The proxy's shared-cache mark stays on the reader's page only (lib/http/shared-cache-policy.mjs).
// Node sends implicit headers through writeHead too, so this sees every answer.
function keepSharedCachingToPages(request, response) {
  const writeHead = response.writeHead;
  response.writeHead = function (status, ...rest) {
    const marked = response.getHeader("cache-control") === SHARED_CACHE_CONTROL;
    if (marked && !keepsSharedPolicy({ status, contentType: response.getHeader("content-type"), isRsc: Boolean(request.headers.rsc) })) {
      response.setHeader("cache-control", PRIVATE_CACHE_CONTROL);
      response.removeHeader("etag");
    }
    return writeHead.call(this, status, ...rest);
  };
}

// Node closes an idle kept-alive connection after 5 s by default, and a client that picks that
// connection for its next request at that moment finds it reset under the request. Keep them
// open longer than the clients and proxies in front do (nginx 60 s, browsers about as long),
// so the server is never the side that closes a connection in use.
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;

// No host: all interfaces, as `next start` does.
server.listen(port, () => console.log(`serve: http://localhost:${port} (trusted proxies: ${process.env.TRUSTED_PROXIES || "none"})`));
