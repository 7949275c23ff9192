import type { RoleGrant } from "@/lib/audit/admin-events";
import { isTargetLanguage } from "@/lib/languages";
import { ROLES, type Role } from "./actor";

const key = (grant: { role: string; language: string }) => `${grant.role}:${grant.language}`;
const isGrant = (grant: { role: string; language: string }): grant is RoleGrant =>
  (ROLES as readonly string[]).includes(grant.role) && isTargetLanguage(grant.language);

// The roles given and taken between two sets, for the audit trail.
export function diffRoles(before: readonly { role: string; language: string }[], after: readonly { role: Role; language: string }[]) {
  const had = new Set(before.map(key));
  const has = new Set(after.map(key));
  const plain = (grants: readonly { role: string; language: string }[]): RoleGrant[] =>
    grants.filter(isGrant).map(({ role, language }) => ({ role, language }));
  return {
    granted: plain(after.filter((grant) => !had.has(key(grant)))),
    removed: plain(before.filter((grant) => !has.has(key(grant)))),
  };
}
