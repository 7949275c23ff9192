// Tells a running app that a report changed outside it, so cached reader pages are rebuilt.
// Quietly does nothing when no app is running (npm start syncs before it builds).
export async function notifyReaders(slug: string): Promise<void> {
  const secret = process.env.REVALIDATE_SECRET;
  const origin = process.env.APP_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
  if (!secret) return;
  try {
    const response = await fetch(`${origin}/api/revalidate`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-revalidate-secret": secret },
      body: JSON.stringify({ slug }),
      signal: AbortSignal.timeout(3000),
    });
    if (!response.ok) console.warn(`  the app at ${origin} answered ${response.status} to the revalidation`);
    else console.log(`  reader pages refreshed at ${origin}`);
  } catch {
    // no app running there: nothing is cached to refresh
  }
}
