import { z } from "zod";
import { db } from "@/lib/db/client";
import { apiRoute } from "@/lib/http/api-route";
import { heartbeat } from "@/lib/presence/heartbeat";

type Params = { locale: string; slug: string; lang: string };

// Strict, and read through apiRoute's default cap; a key that is not well-formed Unicode is
// refused before it reaches the database (lib/http/well-formed-input.ts, lib/text/plain-text.ts).
const body = z.strictObject({ paragraphKey: z.string().min(1).max(200).nullable() });

// The open workspace's heartbeat (fetch, and sendBeacon when the tab goes away): not a
// server action, so it neither waits behind a save nor makes one wait.
export const POST = apiRoute<Params, z.infer<typeof body>>(
  ({ params, body: { paragraphKey }, actor }) => heartbeat(db, { slug: params.slug, language: params.lang, actor, paragraphKey }),
  body,
);
