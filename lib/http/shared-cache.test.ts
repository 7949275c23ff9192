import { describe, expect, it } from "vitest";
import { keepsSharedPolicy } from "./shared-cache-policy.mjs";
import { sharedReaderSlug } from "./shared-cache";

const url = (path: string) => new URL(path, "http://localhost");
const anonymous = new Headers();

describe("sharedReaderSlug", () => {
  it("names the report of an anonymous reader's page, in every interface language", () => {
    expect(sharedReaderSlug("GET", url("/en/reports/almaty"), anonymous)).toBe("almaty");
    expect(sharedReaderSlug("HEAD", url("/ru/reports/almaty/"), anonymous)).toBe("almaty");
    expect(sharedReaderSlug("GET", url("/fr/reports/almaty?cols=ru,fr"), anonymous)).toBe("almaty");
  });

  it("shares nothing signed in, with a token, or any other page", () => {
    expect(sharedReaderSlug("GET", url("/en/reports/almaty"), new Headers({ cookie: "a=1; better-auth.session_token=x" }))).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/reports/almaty"), new Headers({ cookie: "__Secure-better-auth.session_token=x" }))).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/reports/almaty"), new Headers({ authorization: "Bearer t" }))).toBeNull();
    expect(sharedReaderSlug("POST", url("/en/reports/almaty"), anonymous)).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/reports/almaty?_rsc=1x"), anonymous)).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/translate/almaty/ru"), anonymous)).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/reports/almaty/original"), anonymous)).toBeNull();
    expect(sharedReaderSlug("GET", url("/de/reports/almaty"), anonymous)).toBeNull();
    expect(sharedReaderSlug("GET", url("/en/reports/%E0%A4%A"), anonymous)).toBeNull();
  });
});

describe("keepsSharedPolicy", () => {
  it("keeps the mark on the page as HTML and on the proxy's 304 only", () => {
    expect(keepsSharedPolicy({ status: 200, contentType: "text/html; charset=utf-8", isRsc: false })).toBe(true);
    expect(keepsSharedPolicy({ status: 304, contentType: undefined, isRsc: false })).toBe(true);
    expect(keepsSharedPolicy({ status: 307, contentType: undefined, isRsc: true })).toBe(false);
    expect(keepsSharedPolicy({ status: 200, contentType: "text/x-component", isRsc: true })).toBe(false);
    expect(keepsSharedPolicy({ status: 404, contentType: "text/html", isRsc: false })).toBe(false);
    expect(keepsSharedPolicy({ status: 500, contentType: "text/html", isRsc: false })).toBe(false);
  });
});
