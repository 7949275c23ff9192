import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-origin";
import { serverActionRefusal } from "./server-action-refusal";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./security-policy.mjs";

function action(headers: Record<string, string>, method = "POST") {
  return new Request(`${appOrigin}/en/sign-in`, { method, headers: { "next-action": "abc", ...headers } });
}

describe("serverActionRefusal", () => {
  it("refuses a server action from another site with 403, in the caller's language", () => {
    expect(serverActionRefusal(action({ origin: "https://evil.example", "accept-language": "ru" }))).toEqual({
      status: 403,
      error: "forbidden",
      message: "Запрос пришёл с другого сайта и отклонён.",
    });
    // no Origin and no Sec-Fetch-Site: not a page of ours
    expect(serverActionRefusal(action({}))?.status).toBe(403);
    expect(serverActionRefusal(action({ "sec-fetch-site": "cross-site" }))?.status).toBe(403);
  });

  it("refuses a body declared over Next's limit with 413", () => {
    const refusal = serverActionRefusal(action({ origin: appOrigin, "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1), "accept-language": "en" }));
    expect(refusal).toMatchObject({ status: 413, error: "too-large" });
    expect(refusal?.message).toContain("1024 KB");
  });

  it("leaves everything else to Next", () => {
    expect(serverActionRefusal(action({ origin: appOrigin, "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(serverActionRefusal(action({ "sec-fetch-site": "same-origin" }))).toBeNull();
    expect(serverActionRefusal(new Request(`${appOrigin}/en`, { method: "POST", headers: { origin: "https://evil.example" } }))).toBeNull();
    expect(serverActionRefusal(action({ origin: "https://evil.example" }, "GET"))).toBeNull();
  });
});
