import { z } from "zod";
import { TARGET_LANGUAGES } from "@/lib/languages";
import { ROLES } from "@/lib/users/actor";

// What user administration records (AdminEvent.action) and the details each kind carries
// (AdminEvent.details, JSON). The schema reads them back for the activity page.
export const ADMIN_ACTIONS = ["user-created", "roles-changed", "password-reset", "password-changed", "token-created", "token-revoked", "user-deactivated", "user-reactivated"] as const;
export type AdminAction = (typeof ADMIN_ACTIONS)[number];

const grant = z.object({ role: z.enum(ROLES), language: z.enum(TARGET_LANGUAGES) });
export type RoleGrant = z.infer<typeof grant>;
const token = z.object({ tokenId: z.string(), name: z.string(), prefix: z.string() });

export const adminEventSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("user-created"), details: z.object({ email: z.string(), isAdmin: z.boolean(), roles: z.array(grant) }) }),
  // isAdmin is there only when the admin flag changed, with its new value
  z.object({ action: z.literal("roles-changed"), details: z.object({ granted: z.array(grant), removed: z.array(grant), isAdmin: z.boolean().optional() }) }),
  z.object({ action: z.literal("password-reset"), details: z.object({ endedSessions: z.number().int(), revokedTokens: z.number().int() }) }),
  // the user's own change on the account page (actor and target are the same person)
  z.object({ action: z.literal("password-changed"), details: z.object({ endedSessions: z.number().int() }) }),
  z.object({ action: z.literal("token-created"), details: token }),
  z.object({ action: z.literal("token-revoked"), details: token }),
  z.object({ action: z.literal("user-deactivated"), details: z.object({ endedSessions: z.number().int(), revokedTokens: z.number().int() }) }),
  z.object({ action: z.literal("user-reactivated"), details: z.object({}) }),
]);
export type AdminEventData = z.infer<typeof adminEventSchema>;
