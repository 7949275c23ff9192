// The front part of `npm run bench` (issue 12): the reader through deploy/nginx.conf (Debian's
// nginx in front of the bench's instance, scripts/front.mjs), beside the same HTML as a
// precompressed static file served by the same nginx (gzip_static). Both are asked for gzip,
// as browsers do. Goal: the front serves at least 0.9 of the static file's throughput.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { startFront } from "./front.mjs";

export const FRONT_GOAL = 0.9;

export async function benchFront({ upstreamPort, html, dir, readerPath, load }) {
  const frontPort = upstreamPort + 10;
  const staticPort = upstreamPort + 11;
  const root = path.join(dir, "static");
  fs.mkdirSync(root, { recursive: true });
  fs.chmodSync(dir, 0o755);
  fs.chmodSync(root, 0o755);
  fs.writeFileSync(path.join(root, "reader.html"), html);
  fs.writeFileSync(path.join(root, "reader.html.gz"), zlib.gzipSync(Buffer.from(html), { level: 9 }));
  const staticServer = `server {
    listen 127.0.0.1:${staticPort};
    root ${root};
    gzip_static on;
    location / { default_type text/html; }
  }`;
  const front = await startFront({ port: frontPort, upstreams: [upstreamPort], dir: path.join(dir, "front"), extra: staticServer });
  try {
    const headers = { "accept-encoding": "gzip" };
    const check = await fetch(`${front.url}${readerPath}`, { headers });
    if (!check.ok) throw new Error(`the front answered ${check.status} for ${readerPath}`);
    const throughFront = await load(`${front.url}${readerPath}`, headers);
    const cache = await fetch(`${front.url}${readerPath}`, { headers }).then((response) => response.headers.get("x-cache-status"));
    const staticFile = await load(`http://127.0.0.1:${staticPort}/reader.html`, headers);
    return { front: throughFront, staticFile, lastCacheStatus: cache, ratio: throughFront.rps / staticFile.rps };
  } finally {
    await front.stop();
  }
}
