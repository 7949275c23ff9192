import path from "node:path";

// Built by scripts/bench-reader-weight.mjs with the repository's own next binary; its packages
// are the repository's (node_modules two folders up), so Turbopack's root is the repository.
const config = {
  poweredByHeader: false,
  turbopack: { root: path.resolve(import.meta.dirname, "../..") },
};

export default config;
