import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { revalidateReader } from "@/lib/reports/revalidate-reader";

const bodySchema = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/) });

// Called by `npm run content:sync` after it changed the database outside the app.
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.REVALIDATE_SECRET ?? "";
  const given = request.headers.get("x-revalidate-secret") ?? "";
  if (!secret || given.length !== secret.length || !timingSafeEqual(Buffer.from(given), Buffer.from(secret))) {
    return Response.json({ error: "forbidden" }, { status: 403 });
  }
  const body = bodySchema.safeParse(await request.json().catch(() => null));
  if (!body.success) return Response.json({ error: "invalid", issues: body.error.issues }, { status: 422 });
  revalidateReader(body.data.slug);
  return Response.json({ revalidated: body.data.slug });
}
