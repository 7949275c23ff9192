import type { MDXProps } from "mdx/types";
import type { JSX } from "react";

// Every report MDX, compiled by @next/mdx at build time. A unit test checks that each
// content/reports/*.mdx is listed here.
export type ReportFrontmatter = { title: string; date: string; outlet: string; originalLanguage: string };
type ReportModule = { default: (props: MDXProps) => JSX.Element; frontmatter: ReportFrontmatter };

export const reportModules: Record<string, () => Promise<ReportModule>> = {
  "almaty-janvier-2022": () => import("./almaty-janvier-2022.mdx"),
};
