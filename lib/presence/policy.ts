// A paragraph counts as being edited while its editor's page keeps sending heartbeats.
// The page beats every HEARTBEAT_MS while the paragraph is open and the tab visible, and
// clears the mark when the translator leaves; a crashed tab simply stops beating, so a
// mark also expires PRESENCE_TTL_MS after its last heartbeat.
export const HEARTBEAT_MS = 20_000;
export const PRESENCE_TTL_MS = 60_000;

export function presenceCutoff(now: Date): Date {
  return new Date(now.getTime() - PRESENCE_TTL_MS);
}

export function isPresenceActive(mark: { lastSeenAt: Date }, now: Date): boolean {
  return mark.lastSeenAt.getTime() > presenceCutoff(now).getTime();
}
