import { LocaleContext } from "@/components/layout/client-messages";

// This segment's pages use next-intl's Link or useRouter, which read the locale from a provider.
export default async function Layout({ children, params }: LayoutProps<"/[locale]/admin">) {
  return <LocaleContext locale={(await params).locale}>{children}</LocaleContext>;
}
