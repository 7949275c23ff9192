import { DomainError } from "@/lib/errors";
import type { Actor, Role } from "@/lib/users/actor";

// Who may do what. Domain operations call these; components and routes never decide.

export function hasRole(actor: Actor | null, role: Role, language: string): boolean {
  return Boolean(actor?.roles.some((grant) => grant.role === role && grant.language === language));
}

export function canEditTranslation(actor: Actor | null, language: string): boolean {
  return hasRole(actor, "translator", language);
}

export function canReview(actor: Actor | null, language: string): boolean {
  return hasRole(actor, "reviewer", language);
}

// Four eyes look at who wrote the words, not who saved them: nobody approves (or keeps the
// approval of) text any part of which they wrote since the last approval, whether they saved
// it themselves or someone restored it. lib/reviews/text-authors.ts gathers the authors.
export function canApproveRevision(actor: Actor | null, text: { language: string; textAuthorIds: readonly string[] }): boolean {
  return canReview(actor, text.language) && !text.textAuthorIds.includes(actor!.id);
}

// A quality warning marked as a false positive on a paragraph (lib/checks/dismiss-check.ts):
// the reviewers of the language, who would otherwise approve past it.
export function canDismissCheck(actor: Actor | null, language: string): boolean {
  return canReview(actor, language);
}

// The translation memory as TMX (lib/exchange): those who may read the pair's memory export it;
// its reviewers and admins import, since imported entries are offered to every translator.
export function canExportMemory(actor: Actor | null, language: string): boolean {
  return canWorkOn(actor, language) || Boolean(actor?.isAdmin);
}

export function canImportMemory(actor: Actor | null, language: string): boolean {
  return canReview(actor, language) || Boolean(actor?.isAdmin);
}

export function canWorkOn(actor: Actor | null, language: string): boolean {
  return canEditTranslation(actor, language) || canReview(actor, language);
}

// The glossary of a language pair (lib/glossary): its translators and reviewers read it and
// propose terms; its reviewers and admins manage it (add, edit, delete, accept or reject proposals).
export function canReadGlossary(actor: Actor | null, language: string): boolean {
  return canWorkOn(actor, language) || Boolean(actor?.isAdmin);
}

export function canProposeGlossaryTerm(actor: Actor | null, language: string): boolean {
  return canReadGlossary(actor, language);
}

export function canManageGlossary(actor: Actor | null, language: string): boolean {
  return canReview(actor, language) || Boolean(actor?.isAdmin);
}

export function canManageUsers(actor: Actor | null): boolean {
  return Boolean(actor?.isAdmin);
}

// An admin may not take away their own admin flag: the newsroom would be left without one.
export function canSetAdminFlag(actor: Actor | null, user: { id: string }, isAdmin: boolean): boolean {
  return canManageUsers(actor) && (isAdmin || actor!.id !== user.id);
}

// An admin resets other people's passwords; their own they change on the account page,
// giving the current one, so a borrowed admin session cannot take over the account.
export function canResetPasswordOf(actor: Actor | null, user: { id: string }): boolean {
  return canManageUsers(actor) && actor!.id !== user.id;
}

// An admin deactivates other people's accounts, never their own: the newsroom would be left without them.
export function canDeactivateUser(actor: Actor | null, user: { id: string }): boolean {
  return canManageUsers(actor) && actor!.id !== user.id;
}

// Personal access tokens belong to their owner alone.
export function canManageAccessToken(actor: Actor | null, token: { userId: string }): boolean {
  return Boolean(actor) && actor!.id === token.userId;
}

// One rule for text not yet approved, for the reader and the API alike: a newsroom setting,
// NEWSROOM_UNREVIEWED_TEXT. "disclosed" (the default): anyone may read it, always marked as
// not approved (the reader keeps it behind a disclosure that says its state; the API gives it
// as `latest` beside `approved`). "hidden": only the people working on the language and admins
// see it; everyone else gets approved texts only. Any other value is the default.
export type UnreviewedTextPolicy = "disclosed" | "hidden";

export function unreviewedTextPolicy(value = process.env.NEWSROOM_UNREVIEWED_TEXT): UnreviewedTextPolicy {
  return value === "hidden" ? "hidden" : "disclosed";
}

export function canSeeUnreviewedText(actor: Actor | null, language: string, policy = unreviewedTextPolicy()): boolean {
  return policy === "disclosed" || canWorkOn(actor, language) || Boolean(actor?.isAdmin);
}

export function canSeeActivity(actor: Actor | null): boolean {
  return Boolean(actor?.isAdmin);
}

export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new DomainError("unauthenticated", "Sign in first");
  return actor;
}

export function authorize(actor: Actor | null, allowed: (actor: Actor) => boolean, what: string): Actor {
  const signedIn = requireActor(actor);
  if (!allowed(signedIn)) throw new DomainError("forbidden", `Not allowed to ${what}`);
  return signedIn;
}
