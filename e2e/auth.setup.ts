import { expect, test as setup } from "@playwright/test";
import { DEMO_ACCOUNTS, DEMO_PASSWORD, storageStateFor, type DemoAccount } from "./fixtures/accounts";

// Signs every demo account in once, through Better Auth's own endpoint, and keeps the cookies.
for (const account of Object.keys(DEMO_ACCOUNTS) as DemoAccount[]) {
  setup(`sign in as ${account}`, async ({ request, baseURL }) => {
    const response = await request.post("/api/auth/sign-in/email", {
      data: { email: DEMO_ACCOUNTS[account].email, password: DEMO_PASSWORD },
      headers: { origin: baseURL! },
    });
    expect(response.status()).toBe(200);
    await request.storageState({ path: storageStateFor(account) });
  });
}
