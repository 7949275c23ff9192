// After a change readers see, the instance that made it asks each front (FRONT_URLS, see
// .env.example and deploy/nginx.conf) to fetch the changed pages anew. nginx answers such a
// request from an instance's address, marked with REFRESH_HEADER, by bypassing its cache
// and storing the fresh answer, so every reader, whichever instance serves them, has the
// change at once. Should a front miss it (down, restarting), its one-second lifetime and
// the ETag revalidation (lib/http/shared-cache.ts) still bring the page within two seconds.
export const REFRESH_HEADER = "x-newsroom-refresh";

export function frontUrls(value = process.env.FRONT_URLS): string[] {
  return (value ?? "")
    .split(",")
    .map((url) => url.trim().replace(/\/+$/, ""))
    .filter(Boolean);
}

// Not awaited by the caller: the change is committed, and a reader's page is never worth
// holding a translator's answer for. Failures are logged, not thrown.
export function refreshFront(paths: string[], fronts = frontUrls()): Promise<void> {
  const requests = fronts.flatMap((front) =>
    paths.map(async (pathname) => {
      try {
        const response = await fetch(`${front}${pathname}`, { headers: { [REFRESH_HEADER]: "1", "accept-encoding": "gzip" } });
        await response.arrayBuffer();
      } catch (error) {
        console.warn(`front refresh: ${front}${pathname}: ${String(error)}`);
      }
    }),
  );
  return Promise.all(requests).then(() => undefined);
}
