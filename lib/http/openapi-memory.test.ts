import { describe, expect, it } from "vitest";
import { openApiDocument } from "./openapi";

describe("the OpenAPI description of the memory", () => {
  it("documents both paths with their query parameters, the pairs from lib/languages.ts and the UI's permissions", () => {
    const paths = openApiDocument.paths as unknown as Record<string, { get: { summary: string; parameters: { name: string; required: boolean; schema: { enum?: string[] } }[] } }>;
    const matches = paths["/api/memory/{pair}/matches"].get;
    expect(matches.parameters.map((parameter) => [parameter.name, parameter.required])).toEqual([["pair", true], ["text", true], ["report", false], ["paragraph", false]]);
    expect(matches.parameters[0].schema.enum).toEqual(["fr-en", "fr-ru"]);
    expect(matches.summary).toContain("translators and reviewers of the target language");
    expect(paths["/api/memory/{pair}/search"].get.parameters.map((parameter) => parameter.name)).toEqual(["pair", "q", "limit"]);
  });
});
