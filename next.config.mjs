import path from "node:path";
import createMDX from "@next/mdx";
import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Plugins are named by string so that Turbopack can pass them to the MDX loader.
const withMDX = createMDX({
  options: {
    remarkPlugins: ["remark-frontmatter", ["remark-mdx-frontmatter", { name: "frontmatter" }]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Tests build into their own folder so a running dev server is left alone.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  serverExternalPackages: ["better-sqlite3"],
  turbopack: { root: path.resolve(".") },
  // forbidden(): admin pages answer 403 to signed-in users without the right.
  experimental: { authInterrupts: true },
};

export default withNextIntl(withMDX(nextConfig));
