// The app's public origin (BETTER_AUTH_URL), without importing Better Auth: the proxy needs it too.
export const appOrigin = process.env.BETTER_AUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
