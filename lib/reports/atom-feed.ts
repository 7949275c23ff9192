export type AtomEntry = {
  id: string;
  url: string;
  title: string;
  titleLanguage: string;
  updated: Date;
  published: string;
  author: string;
  summary: string;
  // categories: one per reader state with its count, e.g. approved 17
  categories: { term: string; label: string }[];
};

export type AtomFeed = {
  id: string;
  url: string;
  selfUrl: string;
  language: string;
  title: string;
  subtitle: string;
  updated: Date;
  entries: AtomEntry[];
};

const escape = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

// An Atom 1.0 document (RFC 4287). Every text is escaped; nothing is taken as markup.
export function atomFeed(feed: AtomFeed): string {
  const entries = feed.entries.map(
    (entry) => `  <entry>
    <id>${escape(entry.id)}</id>
    <title type="text" xml:lang="${escape(entry.titleLanguage)}">${escape(entry.title)}</title>
    <link rel="alternate" type="text/html" hreflang="${escape(feed.language)}" href="${escape(entry.url)}"/>
    <updated>${entry.updated.toISOString()}</updated>
    <published>${escape(entry.published)}</published>
    <author><name>${escape(entry.author)}</name></author>
    <summary type="text">${escape(entry.summary)}</summary>
${entry.categories.map((category) => `    <category term="${escape(category.term)}" label="${escape(category.label)}"/>`).join("\n")}
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escape(feed.language)}">
  <id>${escape(feed.id)}</id>
  <title type="text">${escape(feed.title)}</title>
  <subtitle type="text">${escape(feed.subtitle)}</subtitle>
  <link rel="self" type="application/atom+xml" href="${escape(feed.selfUrl)}"/>
  <link rel="alternate" type="text/html" hreflang="${escape(feed.language)}" href="${escape(feed.url)}"/>
  <updated>${feed.updated.toISOString()}</updated>
${entries.join("\n")}
</feed>
`;
}
