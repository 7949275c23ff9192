import { describe, expect, it } from "vitest";
import { formInput } from "./form-state";

describe("formInput", () => {
  it("reads a form's fields, keeping every value of a list", () => {
    const form = new FormData();
    form.append("locale", "en");
    form.append("roles", "translator:en");
    form.append("roles", "reviewer:ru");
    form.append("$ACTION_ID_1", "");
    expect(formInput(form, ["roles"])).toEqual({ locale: "en", roles: ["translator:en", "reviewer:ru"] });
  });

  it("reads anything else a crafted request passes as an empty form, so the schema refuses it", () => {
    for (const value of [undefined, null, "text", 42, [], { locale: "en" }]) expect(formInput(value)).toEqual({});
  });
});
