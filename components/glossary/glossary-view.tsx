import { getTranslations } from "next-intl/server";
import type { GlossaryListing } from "@/lib/glossary/list-glossary";
import { EntryForm } from "./entry-form";
import { GlossaryTable } from "./glossary-table";
import { PairNav } from "./pair-nav";
import { ProposalsSection } from "./proposals-section";
import { createGlossaryEntryAction, proposeGlossaryTermAction } from "@/app/[locale]/glossary/actions";
import "./glossary.css";
import { languageNames } from "@/components/text/language-names";

type Props = { listing: GlossaryListing; pairs: readonly string[]; search: string; locale: string };

// The glossary of one language pair: its entries with their flags, the proposals, and the
// forms the reader's role allows (add for reviewers and admins, propose for translators).
export async function GlossaryView({ listing, pairs, search, locale }: Props) {
  const t = await getTranslations("Glossary");
  const tl = languageNames(await getTranslations("Languages"));
  const { pair, entries, proposals, canManage } = listing;
  const target = tl(pair.targetLanguage);
  return (
    <main className="page glossary" data-pair={pair.name}>
      <h1>{t("title")}</h1>
      <p className="hint">{t("intro")}</p>
      <PairNav pairs={pairs} current={pair.name} locale={locale} />
      <section aria-labelledby="gl-entries-heading">
        <h2 id="gl-entries-heading">
          {t("pair", { source: tl(pair.sourceLanguage), target })} · {t("entriesHeading", { count: entries.length })}
        </h2>
        <form method="get" role="search" className="inline-form" aria-label={t("searchLabel")}>
          <input type="hidden" name="pair" value={pair.name} />
          <label>
            <span>{t("searchLabel")}</span>
            <input type="search" name="q" defaultValue={search} maxLength={200} />
          </label>
          <button type="submit">{t("searchButton")}</button>
          {search ? <a href={`/${locale}/glossary?pair=${pair.name}`}>{t("showAll")}</a> : null}
        </form>
        {search ? <p role="status">{t("searchCount", { count: entries.length, query: search })}</p> : null}
        {!search && entries.length === 0 ? <p>{t("empty")}</p> : null}
        {entries.length > 0 ? <GlossaryTable entries={entries} pair={pair} canManage={canManage} locale={locale} /> : null}
      </section>
      {canManage ? (
        <section aria-labelledby="gl-add-heading" className="panel">
          <h2 id="gl-add-heading">{t("addHeading")}</h2>
          <EntryForm action={createGlossaryEntryAction} pair={pair} locale={locale} label={t("addHeading")} submitLabel={t("add")} />
        </section>
      ) : (
        <section aria-labelledby="gl-propose-heading" className="panel">
          <h2 id="gl-propose-heading">{t("proposeHeading")}</h2>
          <p className="hint">{t("proposeIntro", { language: target })}</p>
          <EntryForm action={proposeGlossaryTermAction} pair={pair} locale={locale} label={t("proposeHeading")} submitLabel={t("propose")} />
        </section>
      )}
      <ProposalsSection proposals={proposals} pair={pair} canManage={canManage} locale={locale} />
    </main>
  );
}
