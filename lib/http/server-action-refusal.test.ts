import { describe, expect, it } from "vitest";
import { appOrigin } from "./app-origin";
import { serverActionRefusal } from "./server-action-refusal";
import { SERVER_ACTION_BODY_LIMIT_BYTES } from "./security-policy.mjs";

function action(headers: Record<string, string>, method = "POST", body?: BodyInit) {
  return new Request(`${appOrigin}/en/sign-in`, { method, headers: { "next-action": "abc", ...headers }, body });
}

describe("serverActionRefusal", async () => {
  it("refuses a server action from another site with 403, in the caller's language", async () => {
    expect(await serverActionRefusal(action({ origin: "https://evil.example", "accept-language": "ru" }))).toEqual({
      status: 403,
      error: "forbidden",
      message: "Запрос пришёл с другого сайта и отклонён.",
    });
    // no Origin and no Sec-Fetch-Site: not a page of ours
    expect((await serverActionRefusal(action({})))?.status).toBe(403);
    expect((await serverActionRefusal(action({ "sec-fetch-site": "cross-site" })))?.status).toBe(403);
  });

  it("refuses a body declared over Next's limit with 413", async () => {
    const refusal = await serverActionRefusal(action({ origin: appOrigin, "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES + 1), "accept-language": "en" }));
    expect(refusal).toMatchObject({ status: 413, error: "too-large" });
    expect(refusal?.message).toContain("1024 KB");
  });

  it("refuses a body that does not declare its length (chunked) with 411", async () => {
    const refusal = await serverActionRefusal(action({ origin: appOrigin, "accept-language": "en" }, "POST", "[]"));
    expect(refusal).toMatchObject({ status: 411, error: "length-required" });
    expect(refusal?.message).toContain("Content-Length");
  });

  it("leaves everything else to Next", async () => {
    expect(await serverActionRefusal(action({ origin: appOrigin, "content-length": String(SERVER_ACTION_BODY_LIMIT_BYTES) }))).toBeNull();
    expect(await serverActionRefusal(action({ "sec-fetch-site": "same-origin", "content-length": "0" }))).toBeNull();
    expect(await serverActionRefusal(new Request(`${appOrigin}/en`, { method: "POST", headers: { origin: "https://evil.example" } }))).toBeNull();
    expect(await serverActionRefusal(action({ origin: "https://evil.example" }, "GET"))).toBeNull();
  });

  it("refuses arguments Next's decoder would crash on with 422, and passes what React sends", async () => {
    const text = { origin: appOrigin, "content-type": "text/plain;charset=UTF-8", "accept-language": "fr" };
    for (const body of ["{", "null", new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d])]) {
      const request = action({ ...text, "content-length": String(typeof body === "string" ? body.length : body.length) }, "POST", body);
      expect(await serverActionRefusal(request)).toEqual({ status: 422, error: "invalid", message: "Une partie de ce que vous avez envoyé n’est pas valide. Rien n’a été modifié." });
    }
    expect(await serverActionRefusal(action({ ...text, "content-length": "2" }, "POST", "[]"))).toBeNull();
  });
});
