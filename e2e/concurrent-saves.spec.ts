import { expect, test } from "@playwright/test";
import { bearer, tokenFor, translationPath } from "./fixtures/api";
import { e2eDb, newReport, newUser } from "./fixtures/factories";

// The same race as e2e/cluster/cluster.spec.ts runs on PostgreSQL, here on SQLite: 50 saves
// of one paragraph at one version, over HTTP, at once.
test("50 saves of one paragraph at one version, on SQLite: exactly 1 accepted, 49 refused with the current text, nothing else written", async ({ request }) => {
  const { slug } = await newReport();
  const translators = await Promise.all(Array.from({ length: 5 }, () => newUser({ roles: [{ role: "translator", language: "ru" }] })));
  const tokens = await Promise.all(translators.map((translator) => tokenFor(translator)));
  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      request.put(translationPath(slug, "p-one", "ru"), { headers: bearer(tokens[index % 5]), data: { text: `Первый абзац, вариант ${index}.`, baseVersion: 0 } }),
    ),
  );
  const statuses = answers.map((answer) => answer.status());
  expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  expect(statuses.filter((status) => status === 409)).toHaveLength(49);

  const revisions = await e2eDb().revision.findMany({ where: { translation: { paragraph: { report: { slug } } } } });
  expect(revisions).toHaveLength(1);
  for (const answer of answers.filter((candidate) => candidate.status() === 409)) {
    expect(await answer.json()).toMatchObject({ error: "conflict", currentVersion: 1, currentText: revisions[0].text });
  }
});
