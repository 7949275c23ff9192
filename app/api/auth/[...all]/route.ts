import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { guardAuthEndpoint } from "@/lib/auth/auth-route";

// Better Auth's HTTP endpoints, only those the product uses (lib/auth/auth-endpoints.ts).
const betterAuth = toNextJsHandler(auth);

export const GET = guardAuthEndpoint(betterAuth.GET);
export const POST = guardAuthEndpoint(betterAuth.POST);
