import { headers } from "next/headers";
import { NONCE_HEADER } from "./security-policy.mjs";

// This request's CSP nonce, set by the proxy, for the few inline scripts we write ourselves
// (Next puts it on its own scripts). Reading it makes the page render per request.
export async function requestNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
