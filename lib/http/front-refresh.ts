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
// One refresh of a page at a time per front, and one more after it when a change came in
// meanwhile: two refreshes in flight could reach the front in the wrong order, and the
// older page, stored last, would stay until the safety net's revalidation.
const inFlight = new Map<string, { done: Promise<void>; again: boolean }>();

export function refreshFront(paths: string[], fronts = frontUrls()): Promise<void> {
  return Promise.all(fronts.flatMap((front) => paths.map((pathname) => refreshPage(`${front}${pathname}`)))).then(() => undefined);
}

function refreshPage(url: string): Promise<void> {
  const running = inFlight.get(url);
  if (running) {
    running.again = true;
    return running.done;
  }
  const entry = { again: false, done: Promise.resolve() };
  entry.done = (async () => {
    do {
      entry.again = false;
      await fetchAnew(url);
    } while (entry.again);
    inFlight.delete(url);
  })();
  inFlight.set(url, entry);
  return entry.done;
}

async function fetchAnew(url: string): Promise<void> {
  try {
    const response = await fetch(url, { headers: { [REFRESH_HEADER]: "1", "accept-encoding": "gzip" } });
    await response.arrayBuffer();
  } catch (error) {
    console.warn(`front refresh: ${url}: ${String(error)}`);
  }
}
