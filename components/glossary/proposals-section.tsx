import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { decideGlossaryProposalAction } from "@/app/[locale]/glossary/actions";
import type { GlossaryEntryView } from "@/lib/glossary/entry-view";
import type { GlossaryPair } from "@/lib/glossary/pairs";
import { EntryFlags, EntryRenderings } from "./entry-flags";
import { languageNames } from "@/components/text/language-names";

type Props = { proposals: readonly GlossaryEntryView[]; pair: GlossaryPair & { name: string }; canManage: boolean; locale: string };

// Proposed terms: reviewers of the language and admins accept or reject each; a translator
// sees what became of their own.
export async function ProposalsSection({ proposals, pair, canManage, locale }: Props) {
  const t = await getTranslations("Glossary");
  const tl = languageNames(await getTranslations("Languages"));
  const pending = proposals.filter((proposal) => proposal.status === "proposed");
  return (
    <section aria-labelledby="gl-proposals-heading" className="gl-proposals">
      <h2 id="gl-proposals-heading">{t("proposalsHeading", { count: pending.length })}</h2>
      {proposals.length === 0 ? (
        <p>{t("proposalsNone")}</p>
      ) : (
        <table className="gl-table">
          <caption className="visually-hidden">{t("proposalsCaption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("columnTerm", { language: tl(pair.sourceLanguage) })}</th>
              <th scope="col">{t("columnTranslations", { language: tl(pair.targetLanguage) })}</th>
              <th scope="col">{t("columnFlags")}</th>
              <th scope="col">{t("columnProposedBy")}</th>
              <th scope="col">{t("columnStatus")}</th>
            </tr>
          </thead>
          <tbody>
            {proposals.map((proposal) => (
              <tr key={proposal.id} data-glossary-proposal={proposal.sourceTerm}>
                <th scope="row" lang={pair.sourceLanguage}>
                  {proposal.sourceTerm}
                </th>
                <td>
                  <EntryRenderings entry={proposal} sourceLanguage={pair.sourceLanguage} targetLanguage={pair.targetLanguage} />
                  {proposal.note ? <p className="gl-note">{proposal.note}</p> : null}
                </td>
                <td>
                  <EntryFlags entry={proposal} />
                </td>
                <td>{proposal.proposedBy?.name}</td>
                <td>
                  {proposal.status === "rejected" ? (
                    <>
                      {t("statusRejected", { name: proposal.decidedBy?.name ?? "" })}
                      {proposal.decisionComment ? <p>{t("decisionComment", { comment: proposal.decisionComment })}</p> : null}
                    </>
                  ) : (
                    t("statusProposed")
                  )}
                  {canManage && proposal.status === "proposed" ? <DecisionForms proposal={proposal} pair={pair} locale={locale} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

async function DecisionForms({ proposal, pair, locale }: { proposal: GlossaryEntryView; pair: { name: string }; locale: string }) {
  const t = await getTranslations("Glossary");
  const hidden = (decision: "accept" | "reject") => (
    <>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="pair" value={pair.name} />
      <input type="hidden" name="id" value={proposal.id} />
      <input type="hidden" name="version" value={proposal.version} />
      <input type="hidden" name="decision" value={decision} />
    </>
  );
  return (
    <div className="gl-decide">
      <ActionForm action={decideGlossaryProposalAction} label={t("acceptLabel", { term: proposal.sourceTerm })} submitLabel={t("accept")} pendingLabel={t("pending")} submitAriaLabel={t("acceptLabel", { term: proposal.sourceTerm })}>
        {hidden("accept")}
      </ActionForm>
      <ActionForm action={decideGlossaryProposalAction} label={t("rejectLabel", { term: proposal.sourceTerm })} submitLabel={t("reject")} pendingLabel={t("pending")} submitAriaLabel={t("rejectLabel", { term: proposal.sourceTerm })}>
        {hidden("reject")}
        <label>
          <span>{t("fieldComment")}</span>
          <input name="comment" maxLength={1000} />
        </label>
      </ActionForm>
    </div>
  );
}
