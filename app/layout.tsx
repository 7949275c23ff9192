import { connection } from "next/server";
import type { ReactNode } from "react";

// The html element lives in app/[locale]/layout.tsx, where the interface language is known.
// Every page is rendered per request, 404s included: the Content-Security-Policy allows only
// scripts that carry this response's nonce (proxy.ts), and a page prerendered at build time
// or cached for later requests would carry none. Nothing is written to Next's page cache.
export default async function RootLayout({ children }: { children: ReactNode }) {
  await connection();
  return children;
}
