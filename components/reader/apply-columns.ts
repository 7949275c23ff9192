// Shows the chosen columns, in order, on the prerendered page: CSS reads these.
export function applyColumns(articleId: string, columns: readonly string[]): void {
  const article = document.getElementById(articleId);
  if (!article) return;
  article.setAttribute("data-cols", columns.join(" "));
  article.style.setProperty("--cols", String(columns.length));
  for (const property of [...article.style].filter((name) => name.startsWith("--order-"))) article.style.removeProperty(property);
  columns.forEach((language, index) => article.style.setProperty(`--order-${language}`, String(index)));
}
