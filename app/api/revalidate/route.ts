import { createHash, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { readJsonBody } from "@/lib/http/read-json-body";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { revalidateReader } from "@/lib/reports/revalidate-reader";

const bodySchema = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]+$/) });

// Called by `npm run content:sync` after it changed the database outside the app.
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.REVALIDATE_SECRET ?? "";
  const given = request.headers.get("x-revalidate-secret") ?? "";
  if (!secret || !isSameSecret(given, secret)) return Response.json({ error: "forbidden" }, { status: 403 });
  let raw: unknown;
  try {
    raw = await readJsonBody(request, DEFAULT_MAX_BODY_BYTES);
  } catch (error) {
    const isTooLarge = error instanceof DomainError && error.code === "too-large";
    return Response.json({ error: isTooLarge ? "too-large" : "invalid" }, { status: isTooLarge ? 413 : 422 });
  }
  const body = bodySchema.safeParse(raw);
  if (!body.success) return Response.json({ error: "invalid", issues: body.error.issues }, { status: 422 });
  revalidateReader(body.data.slug);
  return Response.json({ revalidated: body.data.slug });
}

// Hashes have the same length whatever was sent (any length, any characters), so the
// comparison neither throws nor tells how long the secret is.
function isSameSecret(given: string, secret: string): boolean {
  const digest = (value: string) => createHash("sha256").update(value, "utf8").digest();
  return timingSafeEqual(digest(given), digest(secret));
}
