// What says whether a process's copy of something is still right (glossary-cache.ts,
// length-ratio-cache.ts), compared as text: a date by its milliseconds (String() of a Date
// drops them), a count or sum as the database gave it (a bigint on PostgreSQL; SQLite's MAX of a
// date column comes back as stored), nothing as "none".
export function stampOf(value: unknown): string {
  if (value === null || value === undefined) return "none";
  return value instanceof Date ? String(value.getTime()) : String(value);
}
