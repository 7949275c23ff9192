import type { PrismaClient } from "@/lib/generated/prisma/client";
import { addComment } from "@/lib/comments/add-comment";
import { listComments } from "@/lib/comments/list-comments";
import { createAccessToken } from "@/lib/auth/create-access-token";
import { listAccessTokens } from "@/lib/auth/list-access-tokens";
import { revokeAccessToken } from "@/lib/auth/revoke-access-token";
import { listActivity } from "@/lib/audit/list-activity";
import { createGlossaryEntry } from "@/lib/glossary/create-glossary-entry";
import { decideGlossaryProposal } from "@/lib/glossary/decide-glossary-proposal";
import { deleteGlossaryEntry } from "@/lib/glossary/delete-glossary-entry";
import { listGlossary } from "@/lib/glossary/list-glossary";
import { proposeGlossaryTerm } from "@/lib/glossary/propose-glossary-term";
import { sampleEntry } from "@/lib/glossary/test-entries";
import { updateGlossaryEntry } from "@/lib/glossary/update-glossary-entry";
import { dismissCheck } from "@/lib/checks/dismiss-check";
import { exportXliff } from "@/lib/exchange/export-xliff";
import { importXliff } from "@/lib/exchange/import-xliff";
import { sampleXliff } from "@/lib/exchange/sample-xliff";
import { exportTmx } from "@/lib/exchange/export-tmx";
import { importTmx } from "@/lib/exchange/import-tmx";
import { exportTbx } from "@/lib/exchange/export-tbx";
import { importTbx } from "@/lib/exchange/import-tbx";
import { decideTranslation } from "@/lib/reviews/decide-translation";
import { getReviewPage } from "@/lib/reviews/get-review-page";
import { heartbeat } from "@/lib/presence/heartbeat";
import { getParagraphHistory } from "@/lib/translations/get-paragraph-history";
import { restoreRevision } from "@/lib/translations/restore-revision";
import { saveTranslation } from "@/lib/translations/save-translation";
import { submitTranslation } from "@/lib/translations/submit-translation";
import type { Actor } from "@/lib/users/actor";
import { saveFromEditor } from "@/lib/workspace/save-from-editor";
import { addUser } from "@/lib/users/add-user";
import { listUsers } from "@/lib/users/list-users";
import { removeUserRole } from "@/lib/users/remove-user-role";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserActive } from "@/lib/users/set-user-active";
import { getMyWork } from "@/lib/work/get-my-work";
import { setUserRoles } from "@/lib/users/set-user-roles";
import { changeOwnPassword } from "@/lib/users/change-own-password";
import type { Persona, StartState, Target } from "./permission-world";

// Who may do what, as one table: every operation that server actions and API routes call ×
// (anonymous, translator of the other language, translator, reviewer, admin). The domain test
// (lib/permissions.matrix.test.ts) runs every row; the HTTP test (e2e/permissions-api.spec.ts)
// runs the rows that have an `http` request. Add a row for every new operation.
export type Expected = "ok" | "unauthenticated" | "forbidden";

export type PermissionRow = {
  operation: string;
  // The routes and server actions that call it (the rule lives once, in the operation).
  via: string[];
  start: StartState;
  expected: Record<Persona, Expected>;
  run: (db: PrismaClient, actor: Actor | null, target: Target) => Promise<unknown>;
  http?: { method: "PUT" | "POST"; path: (target: Target) => string; body: (target: Target) => unknown };
};

const ref = (target: Target) => ({ slug: target.slug, paragraphKey: target.paragraphKey, language: target.language });
const translationPath = (target: Target, suffix = "") =>
  `/api/reports/${target.slug}/paragraphs/${target.paragraphKey}/translations/${target.language}${suffix}`;

const TRANSLATORS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "ok", reviewer: "forbidden", admin: "forbidden" };
const REVIEWERS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "forbidden", reviewer: "ok", admin: "forbidden" };
const WORKERS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "ok", reviewer: "ok", admin: "forbidden" };
const ADMINS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "forbidden", reviewer: "forbidden", admin: "ok" };
const SIGNED_IN: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "ok", translator: "ok", reviewer: "ok", admin: "ok" };
const NOBODY: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "forbidden", reviewer: "forbidden", admin: "forbidden" };
// The glossary (fr-ru here): its translators and reviewers read it and propose; its reviewers and admins manage it.
const GLOSSARY_READERS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "ok", reviewer: "ok", admin: "ok" };
const GLOSSARY_MANAGERS: Record<Persona, Expected> = { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "forbidden", reviewer: "ok", admin: "ok" };
const GLOSSARY = "fr-ru";

const REVIEW_ROUTE = "POST /api/reports/{slug}/paragraphs/{id}/translations/{lang}/review";
const PRESENCE_ROUTE = "POST /{ui}/translate/{slug}/{lang}/presence";
const presencePath = (target: Target) => `/en/translate/${target.slug}/${target.language}/presence`;
const WORK_PAGES = ["/{ui}/translate/{slug}/{lang}", "/{ui}/review/{slug}/{lang}"];

// `via` names each server action by its export and each route handler as "METHOD /path"
// (lib/permissions.coverage.test.ts checks that every one of them has a row).
export const PERMISSION_MATRIX: PermissionRow[] = [
  {
    operation: "save a translation",
    via: ["PUT /api/reports/{slug}/paragraphs/{id}/translations/{lang}"],
    start: "fresh",
    expected: TRANSLATORS,
    run: (db, actor, target) => saveTranslation(db, { ...ref(target), actor, text: "Первый абзац.", baseVersion: target.version }),
    http: { method: "PUT", path: (target) => translationPath(target), body: (target) => ({ text: "Первый абзац.", baseVersion: target.version }) },
  },
  {
    operation: "export a translation as XLIFF",
    // GET /api/reports/{slug}/translations/{lang}/xliff (the coverage scan lists writing routes only)
    via: [],
    start: "draft",
    expected: WORKERS,
    run: (db, actor, target) => exportXliff(db, { slug: target.slug, language: target.language, actor }),
  },
  {
    operation: "import an XLIFF file (its preview, and the import)",
    via: ["POST /api/reports/{slug}/translations/{lang}/xliff"],
    start: "draft",
    expected: TRANSLATORS,
    run: (db, actor, target) => importXliff(db, { slug: target.slug, language: target.language, actor, xml: sampleXliff(target), isDryRun: true }),
  },
  {
    operation: "export the memory as TMX",
    // GET /api/memory/{pair}/tmx (the coverage scan lists writing routes only)
    via: [],
    start: "nothing",
    expected: { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "ok", reviewer: "ok", admin: "ok" },
    run: (db, actor, target) => exportTmx(db, { pair: `fr-${target.language}`, actor }),
  },
  {
    operation: "import a TMX file into the memory",
    via: ["POST /api/memory/{pair}/tmx"],
    start: "nothing",
    expected: { anonymous: "unauthenticated", otherTranslator: "forbidden", translator: "forbidden", reviewer: "ok", admin: "ok" },
    run: (db, actor, target) =>
      importTmx(db, { pair: `fr-${target.language}`, actor, xml: '<tmx version="1.4"><header srclang="fr"/><body/></tmx>', isDryRun: true }),
  },
  {
    operation: "export the glossary as TBX",
    // GET /api/glossary/{pair}/tbx (the coverage scan lists writing routes only)
    via: [],
    start: "nothing",
    expected: GLOSSARY_READERS,
    run: (db, actor) => exportTbx(db, { pair: GLOSSARY, actor }),
  },
  {
    operation: "import a TBX file into the glossary",
    via: ["POST /api/glossary/{pair}/tbx"],
    start: "nothing",
    expected: GLOSSARY_MANAGERS,
    run: (db, actor) => importTbx(db, { pair: GLOSSARY, actor, xml: '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic"><text><body/></text></tbx>', isDryRun: true }),
  },
  {
    operation: "save from the workspace editor",
    via: ["saveParagraph"],
    start: "fresh",
    expected: TRANSLATORS,
    run: (db, actor, target) => saveFromEditor(db, { ...ref(target), actor, parts: [{ kind: "text", text: "Первый абзац." }], baseVersion: target.version }),
  },
  {
    operation: "restore an earlier revision",
    via: ["restoreParagraphRevision"],
    start: "two-drafts",
    expected: TRANSLATORS,
    run: (db, actor, target) => restoreRevision(db, { ...ref(target), actor, version: 1, baseVersion: target.version }),
  },
  {
    operation: "say which paragraph one is editing (presence)",
    via: [PRESENCE_ROUTE],
    start: "draft",
    expected: TRANSLATORS,
    run: (db, actor, target) => heartbeat(db, { slug: target.slug, language: target.language, actor, paragraphKey: target.paragraphKey }),
    http: { method: "POST", path: presencePath, body: (target) => ({ paragraphKey: target.paragraphKey }) },
  },
  {
    operation: "see who is editing what (presence, no paragraph open)",
    via: [PRESENCE_ROUTE],
    start: "draft",
    expected: WORKERS,
    run: (db, actor, target) => heartbeat(db, { slug: target.slug, language: target.language, actor, paragraphKey: null }),
    http: { method: "POST", path: presencePath, body: () => ({ paragraphKey: null }) },
  },
  {
    operation: "submit for review",
    via: ["POST /api/reports/{slug}/paragraphs/{id}/translations/{lang}/submit", "submitParagraph"],
    start: "draft",
    expected: TRANSLATORS,
    run: (db, actor, target) => submitTranslation(db, { ...ref(target), actor, version: target.version }),
    http: { method: "POST", path: (target) => translationPath(target, "/submit"), body: (target) => ({ version: target.version }) },
  },
  {
    operation: "approve",
    via: [REVIEW_ROUTE, "decideAction"],
    start: "in-review",
    expected: REVIEWERS,
    run: (db, actor, target) => decideTranslation(db, { ...ref(target), actor, decision: "approve", version: target.version }),
    http: { method: "POST", path: (target) => translationPath(target, "/review"), body: (target) => ({ decision: "approve", version: target.version }) },
  },
  {
    operation: "dismiss a quality warning",
    via: ["POST /api/reports/{slug}/paragraphs/{id}/translations/{lang}/checks/dismissals", "dismissCheckAction"],
    start: "in-review",
    expected: REVIEWERS,
    run: (db, actor, target) => dismissCheck(db, { ...ref(target), actor, check: "double-space", reason: "Deux espaces voulues ici." }),
    http: { method: "POST", path: (target) => translationPath(target, "/checks/dismissals"), body: () => ({ check: "double-space", reason: "Deux espaces voulues ici." }) },
  },
  {
    operation: "request changes",
    via: [REVIEW_ROUTE, "decideAction"],
    start: "in-review",
    expected: REVIEWERS,
    run: (db, actor, target) => decideTranslation(db, { ...ref(target), actor, decision: "request-changes", comment: "Trop littéral.", version: target.version }),
    http: {
      method: "POST",
      path: (target) => translationPath(target, "/review"),
      body: (target) => ({ decision: "request-changes", comment: "Trop littéral.", version: target.version }),
    },
  },
  {
    operation: "keep the approval after a source change",
    via: [REVIEW_ROUTE, "decideAction"],
    start: "outdated",
    expected: REVIEWERS,
    run: (db, actor, target) => decideTranslation(db, { ...ref(target), actor, decision: "keep-approval", comment: "Correction de forme.", version: target.version }),
    http: {
      method: "POST",
      path: (target) => translationPath(target, "/review"),
      body: (target) => ({ decision: "keep-approval", comment: "Correction de forme.", version: target.version }),
    },
  },
  {
    operation: "comment on a paragraph",
    via: ["postParagraphComment", "addCommentAction"],
    start: "draft",
    expected: WORKERS,
    run: (db, actor, target) => addComment(db, { ...ref(target), actor, body: "Vérifier le nom." }),
  },
  { operation: "read comments", via: ["loadParagraphComments", ...WORK_PAGES], start: "draft", expected: WORKERS, run: (db, actor, target) => listComments(db, { ...ref(target), actor }) },
  { operation: "read a paragraph's history", via: ["loadParagraphHistory", ...WORK_PAGES], start: "draft", expected: WORKERS, run: (db, actor, target) => getParagraphHistory(db, { ...ref(target), actor }) },
  {
    operation: "open the review queue",
    via: ["/{ui}/review/{slug}/{lang}"],
    start: "in-review",
    expected: REVIEWERS,
    run: (db, actor, target) => getReviewPage(db, { slug: target.slug, language: target.language, actor, paragraphKey: target.paragraphKey }),
  },
  { operation: "see the activity log", via: ["/{ui}/admin/activity"], start: "nothing", expected: ADMINS, run: (db, actor) => listActivity(db, { actor, filters: {}, page: 1 }) },
  { operation: "see one's work", via: ["/{ui}/work"], start: "nothing", expected: SIGNED_IN, run: (db, actor) => getMyWork(db, { actor }) },
  { operation: "list users", via: ["/{ui}/admin/users"], start: "user", expected: ADMINS, run: (db, actor) => listUsers(db, { actor }) },
  {
    operation: "create a user",
    via: ["createUserAction"],
    start: "user",
    expected: ADMINS,
    run: (db, actor) =>
      addUser(db, { actor, user: { name: "Nouvelle", email: `new-${crypto.randomUUID().slice(0, 8)}@newsroom.test`, password: "un-mot-de-passe", roles: [] } }),
  },
  {
    operation: "change a user's roles",
    via: ["setRolesAction"],
    start: "user",
    expected: ADMINS,
    run: (db, actor, target) => setUserRoles(db, { actor, userId: target.userId, isAdmin: false, roles: [{ role: "translator", language: "ru" }] }),
  },
  {
    operation: "remove a user's role",
    via: ["removeRoleAction"],
    start: "user",
    expected: ADMINS,
    run: (db, actor, target) => removeUserRole(db, { actor, userId: target.userId, role: "translator", language: "ru" }),
  },
  {
    operation: "deactivate a user",
    via: ["setUserActiveAction"],
    start: "user",
    expected: ADMINS,
    run: (db, actor, target) => setUserActive(db, { actor, userId: target.userId, isActive: false }),
  },
  {
    operation: "reset a user's password",
    via: ["resetPasswordAction"],
    start: "user",
    expected: ADMINS,
    run: (db, actor, target) => resetUserPassword(db, { actor, userId: target.userId, password: "un-autre-mot-de-passe" }),
  },
  {
    operation: "change one's own password",
    via: ["changePasswordAction"],
    start: "nothing",
    expected: SIGNED_IN,
    // the cast's users know their passwords (createTestUser); the new one is the same, so later rows are unaffected
    run: (db, actor) => {
      const password = (actor as (Actor & { password?: string }) | null)?.password ?? "";
      return changeOwnPassword(db, { actor, currentPassword: password, newPassword: password, client: "192.0.2.20" });
    },
  },
  { operation: "create an access token", via: ["createTokenAction"], start: "nothing", expected: SIGNED_IN, run: (db, actor) => createAccessToken(db, { actor, name: "outil" }) },
  { operation: "list one's access tokens", via: ["/{ui}/account"], start: "nothing", expected: SIGNED_IN, run: (db, actor) => listAccessTokens(db, { actor }) },
  {
    operation: "revoke one's own access token",
    via: ["revokeTokenAction"],
    start: "own-token",
    expected: SIGNED_IN,
    run: (db, actor, target) => revokeAccessToken(db, { actor, tokenId: target.tokenId }),
  },
  { operation: "read the glossary", via: ["/{ui}/glossary"], start: "glossary-entry", expected: GLOSSARY_READERS, run: (db, actor) => listGlossary(db, { actor, pair: GLOSSARY }) },
  {
    operation: "add a glossary entry",
    via: ["POST /api/glossary/{pair}", "createGlossaryEntryAction"],
    start: "nothing",
    expected: GLOSSARY_MANAGERS,
    run: (db, actor) => createGlossaryEntry(db, { actor, pair: GLOSSARY, entry: sampleEntry() }),
    http: { method: "POST", path: () => `/api/glossary/${GLOSSARY}`, body: () => sampleEntry() },
  },
  {
    operation: "edit a glossary entry",
    via: ["PATCH /api/glossary/{pair}/{id}", "updateGlossaryEntryAction"],
    start: "glossary-entry",
    expected: GLOSSARY_MANAGERS,
    run: (db, actor, target) => updateGlossaryEntry(db, { actor, pair: GLOSSARY, id: target.glossaryEntryId, version: target.version, changes: { note: "Vérifié." } }),
  },
  {
    operation: "delete a glossary entry",
    via: ["DELETE /api/glossary/{pair}/{id}", "deleteGlossaryEntryAction"],
    start: "glossary-entry",
    expected: GLOSSARY_MANAGERS,
    run: (db, actor, target) => deleteGlossaryEntry(db, { actor, pair: GLOSSARY, id: target.glossaryEntryId, version: target.version }),
  },
  {
    operation: "propose a glossary term",
    via: ["POST /api/glossary/{pair}/proposals", "proposeGlossaryTermAction"],
    start: "nothing",
    expected: GLOSSARY_READERS,
    run: (db, actor) => proposeGlossaryTerm(db, { actor, pair: GLOSSARY, entry: sampleEntry() }),
    http: { method: "POST", path: () => `/api/glossary/${GLOSSARY}/proposals`, body: () => sampleEntry() },
  },
  {
    operation: "accept or reject a glossary proposal",
    via: ["POST /api/glossary/{pair}/proposals/{id}/decision", "decideGlossaryProposalAction"],
    start: "glossary-proposal",
    expected: GLOSSARY_MANAGERS,
    run: (db, actor, target) => decideGlossaryProposal(db, { actor, pair: GLOSSARY, id: target.glossaryEntryId, version: target.version, decision: "accept" }),
    http: {
      method: "POST",
      path: (target) => `/api/glossary/${GLOSSARY}/proposals/${target.glossaryEntryId}/decision`,
      body: (target) => ({ decision: "accept", version: target.version }),
    },
  },
  {
    operation: "revoke someone else's access token",
    via: ["revokeTokenAction"],
    start: "other-token",
    expected: NOBODY,
    run: (db, actor, target) => revokeAccessToken(db, { actor, tokenId: target.tokenId }),
  },
];
