import type { NewUser } from "@/lib/users/create-user";

// The demo newsroom. Created only by the demo seed (never with NODE_ENV=production unless DEMO=1).
export const DEMO_PASSWORD = "almaty-demo-2022";

export const DEMO_ACCOUNTS = {
  admin: { name: "Claire Morel", email: "admin@newsroom.test", isAdmin: true, roles: [] },
  enTranslator: { name: "Emma Clarke", email: "emma.clarke@newsroom.test", roles: [{ role: "translator", language: "en" }] },
  enTranslator2: { name: "James Porter", email: "james.porter@newsroom.test", roles: [{ role: "translator", language: "en" }] },
  enReviewer: { name: "Olivia Grant", email: "olivia.grant@newsroom.test", roles: [{ role: "reviewer", language: "en" }] },
  ruTranslator: { name: "Irina Volkova", email: "irina.volkova@newsroom.test", roles: [{ role: "translator", language: "ru" }] },
  ruTranslator2: { name: "Dmitri Sokolov", email: "dmitri.sokolov@newsroom.test", roles: [{ role: "translator", language: "ru" }] },
  ruReviewer: { name: "Anna Lebedeva", email: "anna.lebedeva@newsroom.test", roles: [{ role: "reviewer", language: "ru" }] },
} as const satisfies Record<string, Omit<NewUser, "password">>;

export type DemoAccount = keyof typeof DEMO_ACCOUNTS;
