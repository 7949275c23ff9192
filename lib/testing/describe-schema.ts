import Database from "better-sqlite3";
import { withPostgres } from "./postgres-server";

// What a database's schema is made of, in an order that does not depend on how it got there
// (a column added by a later migration comes last in its table, not where the model has it).
export type SchemaDescription = string[];

export function describeSqliteSchema(file: string): SchemaDescription {
  const sqlite = new Database(file, { readonly: true });
  try {
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations'")
      .pluck()
      .all() as string[];
    const facts = tables.flatMap((table) => [
      `table ${table}`,
      ...sqlite.prepare(`SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_xinfo(?)`).all(table).map((row) => `column ${table} ${JSON.stringify(row)}`),
      ...(sqlite.prepare(`SELECT name, "unique", origin FROM pragma_index_list(?)`).all(table) as { name: string }[]).map(
        (index) => `index ${table} ${JSON.stringify(index)} ${JSON.stringify(sqlite.prepare("SELECT name FROM pragma_index_info(?)").pluck().all(index.name))}`,
      ),
      ...sqlite
        .prepare(`SELECT "table", "from", "to", on_update, on_delete FROM pragma_foreign_key_list(?)`)
        .all(table)
        .map((row) => `foreign key ${table} ${JSON.stringify(row)}`),
    ]);
    return facts.sort();
  } finally {
    sqlite.close();
  }
}

export async function describePostgresSchema(url: string): Promise<SchemaDescription> {
  return withPostgres(url, async (client) => {
    const columns = await client.query(
      `SELECT table_name, column_name, data_type, character_maximum_length, datetime_precision, is_nullable, column_default
       FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`,
    );
    const indexes = await client.query(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`);
    const constraints = await client.query(
      `SELECT conrelid::regclass::text AS table_name, conname, pg_get_constraintdef(oid) AS definition
       FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
    );
    return [
      ...columns.rows.map((row) => `column ${JSON.stringify(row)}`),
      ...indexes.rows.map((row) => `index ${JSON.stringify(row)}`),
      ...constraints.rows.map((row) => `constraint ${JSON.stringify(row)}`),
    ].sort();
  });
}
