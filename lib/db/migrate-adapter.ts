import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";

// Prisma Migrate on @prisma/adapter-pg 6.19 cannot read PostgreSQL's catalogs: their `name`
// columns (type oid 19) are a type the adapter does not map, and every migrate command fails
// with "Column type 'name' could not be deserialized" (prisma/orm#27403). `name` is text of at
// most 63 bytes, so the connections the CLI uses report it as text. The app never reads the
// catalogs and uses the plain adapter (lib/db/create-client.ts).
const NAME_TYPE = 19;
const TEXT_TYPE = 25;

type Fields = { fields?: { dataTypeID: number }[] };

function nameAsText<T>(result: T): T {
  for (const field of (result as Fields | undefined)?.fields ?? []) {
    if (field.dataTypeID === NAME_TYPE) field.dataTypeID = TEXT_TYPE;
  }
  return result;
}

class NameAsTextClient extends pg.Client {}
const query = pg.Client.prototype.query as (this: pg.Client, ...args: unknown[]) => unknown;
// pg answers a query by a promise, or by a callback (as its Pool does); both are rewritten.
NameAsTextClient.prototype.query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.at(-1);
  if (typeof last === "function") {
    const callback = last as (error: unknown, result: unknown) => void;
    return query.apply(this, [...args.slice(0, -1), (error: unknown, result: unknown) => callback(error, nameAsText(result))]);
  }
  const result = query.apply(this, args);
  return result instanceof Promise ? result.then(nameAsText) : result;
} as unknown as pg.Client["query"];

export function postgresMigrateAdapter(url: string): PrismaPg {
  return new PrismaPg({ connectionString: url, Client: NameAsTextClient });
}
