import { z } from "zod";
import { appOrigin } from "@/lib/auth/auth";
import { identifyRequest } from "@/lib/auth/request-actor";
import { DomainError } from "@/lib/errors";
import type { Actor } from "@/lib/users/actor";
import type { Locale } from "@/i18n/routing";
import { describeError } from "./describe-error";
import { negotiateLocale } from "./negotiate-locale";

type RouteContext<P> = { params: Promise<P> };
type HandlerInput<P, B> = { request: Request; params: P; body: B; actor: Actor | null; locale: Locale };

const MUTATING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

// Every /api handler goes through here: who is asking (token or session), the cross-site
// check for cookie-authenticated writes, body validation, and errors as translated JSON.
export function apiRoute<P, B = undefined>(
  handler: (input: HandlerInput<P, B>) => Promise<unknown>,
  bodySchema?: z.ZodType<B>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const locale = negotiateLocale(request);
    try {
      const identity = await identifyRequest(request);
      if (identity.hasInvalidToken) throw new DomainError("unauthenticated", "Unknown or revoked token");
      if (MUTATING.has(request.method) && identity.via === "session" && !isSameOrigin(request)) {
        const { getTranslations } = await import("next-intl/server");
        const t = await getTranslations({ locale, namespace: "Errors" });
        return Response.json({ error: "forbidden", message: t("crossSite") }, { status: 403 });
      }
      let body = undefined as B;
      if (bodySchema) {
        const json = await request.json().catch(() => {
          throw new DomainError("invalid", "The body is not JSON", { problems: [] });
        });
        body = bodySchema.parse(json);
      }
      const result = await handler({ request, params: await context.params, body, actor: identity.actor, locale });
      return result instanceof Response ? result : Response.json(result);
    } catch (error) {
      const described = await describeError(error, locale);
      return Response.json(
        { error: described.code, message: described.message, problems: described.problems, ...publicDetails(described.details) },
        { status: described.status },
      );
    }
  };
}

// A conflict answers with what is there now, so a tool can merge.
function publicDetails(details: Record<string, unknown>): Record<string, unknown> {
  const keys = ["currentVersion", "currentText", "currentAuthor", "currentSavedAt", "currentState", "currentQuoteOrigins", "state", "what"];
  return Object.fromEntries(Object.entries(details).filter(([key]) => keys.includes(key)));
}

function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) return origin === appOrigin || origin === new URL(request.url).origin;
  return request.headers.get("sec-fetch-site") === "same-origin";
}
