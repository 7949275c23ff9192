// remark-mdx-frontmatter exports each report's front matter from its MDX module.
declare module "*.mdx" {
  export const frontmatter: { title: string; date: string; outlet: string; originalLanguage: string };
}
