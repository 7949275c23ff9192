// XLIFF 2.0 fragment identifiers (§4.7, "Fragment Identification"): `#`, an optional `/` for an
// absolute path, then selectors `prefix=id` from the file down (f, then g…, then u), ending at
// most in one leaf: a note (n), data (d), a target inline code (t), an element of a module or
// a registered extension (its prefix), or a bare id. Returns what is wrong, or null.
const CORE_LEAVES = new Set(["n", "d", "t"]);
const MODULES = new Set(["mtc", "gls", "fs", "mda", "res", "slr", "val", "ctr", "tbx", "its"]);
const ID = /^[A-Za-z_:][\w.:-]*$|^[\w.:-]+$/;

export function fragmentProblem(reference: string): string | null {
  const hash = reference.indexOf("#");
  if (hash < 0) return null;
  const parts = reference.slice(hash + 1).replace(/^\//, "").split("/");
  let rank = -1;
  const seen = new Set<string>();
  for (const [index, part] of parts.entries()) {
    const isLast = index === parts.length - 1;
    const equals = part.indexOf("=");
    if (equals < 0) {
      if (!isLast) return `"${part}" has no prefix and is not the last selector`;
      return ID.test(part) ? null : `"${part}" is not an id`;
    }
    const prefix = part.slice(0, equals);
    const id = part.slice(equals + 1);
    if (!/^[A-Za-z][\w.-]*$/.test(prefix)) return `"${prefix}" is not a prefix`;
    if (!ID.test(id)) return `"${id}" is not an id`;
    const order = prefix === "f" ? 0 : prefix === "g" ? 1 : prefix === "u" ? 2 : CORE_LEAVES.has(prefix) || MODULES.has(prefix) ? 3 : -1;
    if (order < 0) return `the prefix "${prefix}" is neither XLIFF's nor a module's`;
    if (order < rank || (order !== 1 && seen.has(prefix))) return `"${prefix}=" is out of order or repeated`;
    if (order === 3 && !isLast) return `"${prefix}=" must be the last selector`;
    rank = order;
    seen.add(prefix);
  }
  return null;
}
