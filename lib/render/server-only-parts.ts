import type { ReactNode } from "react";

// Hands a finished part of the page from the server components' render to the HTML render of
// the same request, in the same process, without the React Server Components payload (which
// would repeat every text of the part in the page). The two renders load this module separately
// (React Server Components layer, HTML layer), so the store hangs off globalThis under one key.
// A part is taken once; one whose HTML render never came (an aborted request) goes after a minute.
const KEY = Symbol.for("newsroom.serverOnlyParts");
const MAX_AGE_MS = 60_000;

type Part = { node: ReactNode; at: number };

function parts(): Map<string, Part> {
  const holder = globalThis as typeof globalThis & { [KEY]?: Map<string, Part> };
  holder[KEY] ??= new Map();
  return holder[KEY];
}

// `requestKey`: something unique to the request and already in its page (its CSP nonce), so the
// token adds nothing that differs between two answers of the same page but it.
export function putServerOnlyPart(node: ReactNode, { requestKey, name, now = Date.now() }: { requestKey?: string; name: string; now?: number }): string {
  const store = parts();
  for (const [token, part] of store) if (now - part.at > MAX_AGE_MS) store.delete(token);
  const token = `${requestKey ?? crypto.randomUUID()}:${name}`;
  store.set(token, { node, at: now });
  return token;
}

export function takeServerOnlyPart(token: string): ReactNode {
  const store = parts();
  const part = store.get(token);
  store.delete(token);
  return part?.node ?? null;
}

export function serverOnlyPartCount(): number {
  return parts().size;
}
