import { z } from "zod";
import { identifyRequest } from "@/lib/auth/request-actor";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/users/actor";
import type { Locale } from "@/i18n/routing";
import { DEFAULT_MAX_BODY_BYTES } from "./body-limits";
import { describeError } from "./describe-error";
import { negotiateLocale } from "./negotiate-locale";
import { isSameOrigin } from "./same-origin";
import { readJsonBody } from "./read-json-body";
import { parseIn } from "./zod-locale";

type RouteContext<P> = { params: Promise<P> };
type HandlerInput<P, B> = { request: Request; params: P; body: B; actor: Actor | null; locale: Locale };
// maxBodyBytes: the largest body the route accepts (lib/http/body-limits.ts), else DEFAULT_MAX_BODY_BYTES.
type RouteLimits = { maxBodyBytes?: number };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);
// Answers depend on who asks: never stored by shared caches.
const NO_STORE = { "cache-control": "private, no-store", vary: "Authorization, Cookie, Accept-Language" };

// Every /api handler goes through here: who is asking (token or session), the cross-site
// check for cookie-authenticated writes, body limits and validation (strict schemas: an
// unknown field is refused), and errors as translated JSON. Writes need credentials,
// checked before the body so a caller without them learns only that.
export function apiRoute<P, B = undefined>(
  handler: (input: HandlerInput<P, B>) => Promise<unknown>,
  bodySchema?: z.ZodType<B>,
  limits: RouteLimits = {},
) {
  const maxBodyBytes = limits.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const locale = negotiateLocale(request);
    try {
      const identity = await identifyRequest(request);
      if (identity.hasInvalidToken) throw new DomainError("unauthenticated", "Unknown or revoked token");
      const isWrite = MUTATING.has(request.method);
      if (isWrite && !identity.actor) throw new DomainError("unauthenticated", "Writes need a session or an access token");
      if (isWrite && identity.via === "session" && !isSameOrigin(request)) {
        throw new DomainError("forbidden", "Cross-site request", { reason: "cross-site" });
      }
      const body = bodySchema ? parseIn(bodySchema, await readJsonBody(request, maxBodyBytes), locale) : (undefined as B);
      const params = await context.params;
      const result = await handler({ request, params, body, actor: identity.actor, locale });
      return result instanceof Response ? result : Response.json(result, { headers: NO_STORE });
    } catch (error) {
      const described = await describeError(error, locale);
      const headers: Record<string, string> = { ...NO_STORE, "content-language": locale };
      if (described.status === 401) headers["www-authenticate"] = 'Bearer realm="api"';
      return Response.json(
        { error: described.code, message: described.message, problems: described.problems, ...publicDetails(described.details) },
        { status: described.status, headers },
      );
    }
  };
}

// A conflict answers with what is there now, so a tool can merge.
function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
  const keys = ["currentVersion", "currentText", "currentAuthor", "currentSavedAt", "currentState", "currentQuoteOrigins", "currentEntry", "state", "what"];
  return Object.fromEntries(Object.entries(details).filter(([key]) => keys.includes(key)));
}
