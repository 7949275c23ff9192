import type { MDXComponents } from "mdx/types";

// Required by @next/mdx. Report MDX gets its components where it is rendered
// (components/original/original-components.tsx); nothing global.
export function useMDXComponents(components: MDXComponents): MDXComponents {
  return components;
}
