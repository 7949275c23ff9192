import { z } from "zod";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { dismissBodySchema } from "./api-schemas";

// The quality checks' part of the OpenAPI description (lib/http/openapi.ts): a reviewer's
// dismissal of a warning. The request body is generated from the route's own zod schema.
const json = (schema: object) => ({ "application/json": { schema } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const error = (description: string) => ({ description, content: json(ref("Error")) });
function body(schema: z.ZodType): object {
  const { $schema, ...rest } = z.toJSONSchema(schema, { io: "input" });
  void $schema;
  return rest;
}

const pathParams = [
  { name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The report's slug" },
  { name: "id", in: "path", required: true, schema: { type: "string" }, description: "The paragraph's stable id from the MDX" },
  { name: "lang", in: "path", required: true, schema: { type: "string", enum: [...TARGET_LANGUAGES] }, description: "Target language" },
];

export const checksPaths = {
  "/api/reports/{slug}/paragraphs/{id}/translations/{lang}/checks/dismissals": {
    post: {
      summary: "Mark a warning as a false positive on this paragraph, with a reason (reviewers of the language)",
      description:
        "The warning (`check`, and `quote` when it is about a quotation) stops showing for this paragraph and language: in the workspace, the review page and the API. Errors cannot be dismissed (the translator overrides them at submission). Dismissing again replaces the reason.",
      parameters: pathParams,
      requestBody: { required: true, content: json(ref("DismissRequest")) },
      responses: {
        "200": { description: "Dismissed; the translation's checks as they are now", content: json(ref("DismissResult")) },
        "401": error("No credentials, or an unknown or revoked token"),
        "403": error("The caller is not a reviewer of the language, or a cookie-authenticated write came from another site"),
        "404": error("Unknown report, paragraph or language (`what` says which)"),
        "422": error("Unknown check id, an error check (only warnings can be dismissed), an empty or too long reason, or an unknown field; `problems` names it in the caller's language"),
      },
    },
  },
};

export const checksSchemas = {
  DismissRequest: { ...body(dismissBodySchema), description: "`check`: a warning's id (/{ui}/checks); `quote`: the quotation it is about, if any; `reason`: why it is a false positive here" },
  DismissResult: { type: "object", required: ["id", "checks"], properties: { id: { type: "string" }, checks: { type: "array", items: ref("Check") } } },
};
