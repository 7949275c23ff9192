import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createAccessToken } from "../../lib/auth/create-access-token";
import { createClient } from "../../lib/db/create-client";
import type { Db } from "../../lib/db/client";
import type { TargetLanguage } from "../../lib/languages";
import { createTestUser } from "../../lib/testing/fixtures";
import { freePort } from "../../lib/testing/free-port";
import { databaseUrl, startEmbeddedPostgres, withPostgres, type EmbeddedPostgresServer } from "../../lib/testing/postgres-server";
import { startFront, type Front } from "../../scripts/front.mjs";
import { startInstance, type Instance } from "../../scripts/instance.mjs";
import { prepareDatabase } from "../../scripts/lib.mjs";

// Two instances of the e2e build on one PostgreSQL, behind deploy/nginx.conf: the newsroom
// of README's "Several instances", for this file only.
export type Cluster = {
  db: Db;
  databaseUrl: string;
  postgres: EmbeddedPostgresServer;
  front: Front;
  instances: [Instance, Instance];
  // a crashed instance comes back on its port, as its supervisor (systemd) would bring it
  restartInstance: (index: 0 | 1) => Promise<Instance>;
  stop: () => Promise<void>;
};

export async function startCluster(): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "newsroom-cluster-"));
  // nginx's workers (nobody, when run as root) reach the front's folder through this one.
  fs.chmodSync(dir, 0o755);
  const postgres = await startEmbeddedPostgres();
  await withPostgres(postgres.url, (client) => client.query("CREATE DATABASE newsroom_cluster"));
  const url = databaseUrl(postgres.url, "newsroom_cluster");
  await prepareDatabase({ DATABASE_URL: url, DEMO: "1" });

  const [frontPort, ...ports] = await Promise.all([freePort(), freePort(), freePort()]);
  const frontUrl = `http://127.0.0.1:${frontPort}`;
  const secret = () => crypto.randomBytes(32).toString("base64");
  // What every instance of one newsroom shares (README, "Several instances").
  const env = {
    DATABASE_URL: url,
    BETTER_AUTH_URL: frontUrl,
    BETTER_AUTH_SECRET: secret(),
    REVALIDATE_SECRET: secret(),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: secret(),
    TRUSTED_PROXIES: "loopback",
    FRONT_URLS: frontUrl,
    NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? ".next-e2e",
    DEMO: "1",
  };
  const start = (port: number) => startInstance({ port, env });
  const instances = (await Promise.all(ports.map(start))) as [Instance, Instance];
  const front = await startFront({ port: frontPort, upstreams: ports, dir: path.join(dir, "front") });
  const db = createClient(url);

  return {
    db,
    databaseUrl: url,
    postgres,
    front,
    instances,
    restartInstance: async (index) => {
      await instances[index].kill();
      instances[index] = await start(ports[index]);
      return instances[index];
    },
    stop: async () => {
      await db.$disconnect();
      await front.stop();
      await Promise.all(instances.map((instance) => instance.kill("SIGTERM")));
      await postgres.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function translatorWithToken(db: Db, language: TargetLanguage = "en") {
  const actor = await createTestUser(db, { roles: [{ role: "translator", language }] });
  return { actor, token: (await createAccessToken(db, { actor, name: "cluster" })).token };
}

export async function reviewerWithToken(db: Db, language: TargetLanguage = "en") {
  const actor = await createTestUser(db, { name: "Olivia Reviewer", roles: [{ role: "reviewer", language }] });
  return { actor, token: (await createAccessToken(db, { actor, name: "cluster" })).token };
}

export function api(base: string, token: string) {
  const call = async (method: string, pathname: string, body: unknown) => {
    const response = await fetch(`${base}${pathname}`, {
      method,
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    // An answer cut short (its instance killed while sending it) is no answer: like a network error.
    const answer = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
    return answer === undefined ? { status: 0, body: null } : { status: response.status, body: answer };
  };
  return {
    save: (slug: string, paragraph: string, language: string, text: string, baseVersion: number) =>
      call("PUT", `/api/reports/${slug}/paragraphs/${paragraph}/translations/${language}`, { text, baseVersion }),
    submit: (slug: string, paragraph: string, language: string) => call("POST", `/api/reports/${slug}/paragraphs/${paragraph}/translations/${language}/submit`, {}),
    approve: (slug: string, paragraph: string, language: string, version: number) =>
      call("POST", `/api/reports/${slug}/paragraphs/${paragraph}/translations/${language}/review`, { decision: "approve", version }),
  };
}
