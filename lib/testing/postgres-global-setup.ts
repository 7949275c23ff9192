import crypto from "node:crypto";
import type { TestProject } from "vitest/node";
import { applyPostgresMigrations, databaseUrl, startTestPostgres, withPostgres } from "./postgres-server";

declare module "vitest" {
  export interface ProvidedContext {
    postgresServerUrl: string;
    postgresTemplate: string;
  }
}

// One PostgreSQL server per test run, and one migrated template database: createTestDb copies
// it (CREATE DATABASE … TEMPLATE), which is much faster than migrating each time.
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  const template = `newsroom_template_${crypto.randomBytes(4).toString("hex")}`;
  await withPostgres(server.url, (client) => client.query(`CREATE DATABASE "${template}"`));
  await applyPostgresMigrations(databaseUrl(server.url, template));
  project.provide("postgresServerUrl", server.url);
  project.provide("postgresTemplate", template);
  return async () => {
    await withPostgres(server.url, (client) => client.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`));
    await server.stop();
  };
}
