import { getFormatter, getTranslations } from "next-intl/server";
import { revokeTokenAction } from "@/app/[locale]/account/actions";
import { ActionForm } from "@/components/forms/action-form";
import type { AccessTokenSummary } from "@/lib/auth/list-access-tokens";

export async function TokenList({ tokens, locale }: { tokens: AccessTokenSummary[]; locale: string }) {
  const t = await getTranslations("Account");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });
  if (tokens.length === 0) return <p className="hint">{t("noTokens")}</p>;
  return (
    <ul className="token-list">
      {tokens.map((token) => (
        <li key={token.id} data-token={token.prefix}>
          <h4 className="token-name">{token.name}</h4>
          <dl className="facts compact">
            <div>
              <dt>{t("prefix")}</dt>
              <dd>
                <code>{token.prefix}…</code>
              </dd>
            </div>
            <div>
              <dt>{t("created")}</dt>
              <dd>{when(token.createdAt)}</dd>
            </div>
            <div>
              <dt>{t("lastUsed")}</dt>
              <dd>{token.lastUsedAt ? when(token.lastUsedAt) : t("neverUsed")}</dd>
            </div>
          </dl>
          <ActionForm
            action={revokeTokenAction}
            submitLabel={t("revoke")}
            submitAriaLabel={t("revokeNamed", { name: token.name })}
            pendingLabel={t("pending")}
            submitClassName="danger"
          >
            <input type="hidden" name="locale" value={locale} />
            <input type="hidden" name="tokenId" value={token.id} />
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}
