import { DomainError, HTTP_STATUS } from "@/lib/errors";
import { DEFAULT_MAX_BODY_BYTES } from "@/lib/http/body-limits";
import { describeError } from "@/lib/http/describe-error";
import { negotiateLocale } from "@/lib/http/negotiate-locale";
import { readJsonBody } from "@/lib/http/read-json-body";
import { assertWellFormedInput } from "@/lib/http/well-formed-input";
import { isOpenAuthEndpoint } from "./auth-endpoints";

const BASE_PATH = "/api/auth";

// Only the endpoints the product uses reach Better Auth; any other path is unknown here, with
// the same translated JSON 404 as the rest of /api.
export function guardAuthEndpoint(forward: (request: Request) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const path = new URL(request.url).pathname.slice(BASE_PATH.length);
    if (!isOpenAuthEndpoint(path, request.method)) {
      return refusal(request, new DomainError("not-found", `No endpoint ${request.method} ${BASE_PATH}${path}`));
    }
    let checked = request;
    try {
      if (request.method === "POST") checked = await withCheckedBody(request);
    } catch (error) {
      if (error instanceof DomainError) return refusal(request, error);
      throw error;
    }
    return withoutTokens(await forward(checked));
  };
}

// Better Auth answers 500 to a body it cannot read (a lone surrogate in the e-mail): the body
// is read by the rules of the rest of /api (size, UTF-8, depth, well-formed strings) and
// handed on as the JSON it was.
async function withCheckedBody(request: Request): Promise<Request> {
  const body = await readJsonBody(request, DEFAULT_MAX_BODY_BYTES);
  assertWellFormedInput(body);
  const headers = new Headers(request.headers);
  headers.delete("content-length");
  headers.delete("transfer-encoding");
  return new Request(request.url, { method: request.method, headers, body: JSON.stringify(body) });
}

async function refusal(request: Request, error: DomainError): Promise<Response> {
  const locale = negotiateLocale(request);
  const described = await describeError(error, locale);
  return Response.json(
    { error: described.code, message: described.message, problems: described.problems },
    { status: HTTP_STATUS[error.code], headers: { "cache-control": "private, no-store", "content-language": locale } },
  );
}

// Better Auth's JSON answers carry the session token (sign-in's `token`, get-session's
// `session.token`). It is the cookie's value, which is HttpOnly precisely so that page scripts
// cannot read it: an answer a script can read must not hand it over.
export async function withoutTokens(response: Response): Promise<Response> {
  if (!response.headers.get("content-type")?.includes("application/json")) return response;
  const text = await response.text();
  const headers = new Headers(response.headers);
  headers.delete("content-length");
  const body = text === "" ? text : JSON.stringify(stripTokens(JSON.parse(text)));
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}

export function stripTokens(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripTokens);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).filter(([key]) => key !== "token").map(([key, inner]) => [key, stripTokens(inner)]));
}
