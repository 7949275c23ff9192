import { createTranslator } from "use-intl/core";
import type { Locale } from "@/i18n/routing";
import en from "@/messages/en.json";
import fr from "@/messages/fr.json";
import ru from "@/messages/ru.json";
import { negotiateLocale } from "./negotiate-locale";
import { serverActionBodyProblem } from "./server-action-body";
import { isSameOrigin } from "./same-origin";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./security-policy.mjs";

const MESSAGES: Record<Locale, typeof en> = { fr, en, ru };

type Refusal = { status: 403 | 411 | 413 | 422; error: "forbidden" | "length-required" | "too-large" | "invalid"; message: string };

// Next refuses a cross-site server action and one whose body is over its limit itself, but
// by throwing, so the caller gets a 500. The proxy answers these before Next reads the body.
// Browsers always declare a server action's length; a body without one (chunked) is refused,
// since its size and arguments could only be checked by reading all of it here.
export async function serverActionRefusal(request: Request): Promise<Refusal | null> {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const t = translator(request);
  if (!isSameOrigin(request)) return { status: 403, error: "forbidden", message: t("crossSite") };
  if (!request.headers.has("content-length")) return { status: 411, error: "length-required", message: t("lengthRequired") };
  const length = Number(request.headers.get("content-length"));
  if (length > SERVER_ACTION_BODY_LIMIT_BYTES) {
    return { status: 413, error: "too-large", message: t("tooLarge", { kilobytes: Math.floor(SERVER_ACTION_BODY_LIMIT_BYTES / 1024) }) };
  }
  // Arguments Next's decoder would crash on (lib/http/server-action-body.ts), read from a copy
  // of a body whose declared size is within the limit above.
  if (request.headers.get("content-type")?.startsWith("text/plain")) {
    const bytes = new Uint8Array(await request.clone().arrayBuffer());
    if (serverActionBodyProblem(request.headers.get("content-type"), bytes)) return { status: 422, error: "invalid", message: t("invalid") };
  }
  return null;
}

function translator(request: Request) {
  const locale = negotiateLocale(request);
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "Errors" });
}
