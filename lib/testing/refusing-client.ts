import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { DriverAdapterError, type SqlDriverAdapterFactory, type SqlQuery } from "@prisma/driver-adapter-utils";
import { databaseProvider, sqliteFilePath } from "@/lib/db/database-url";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/prisma-postgres/client";

export type Statement = "INSERT" | "SELECT" | "UPDATE" | "DELETE";

// What each database answers when another transaction is in the way, as its driver adapter
// reports it: SQLite busy (Prisma: P1008), PostgreSQL's serialization failure (P2034).
const REFUSAL = {
  sqlite: { kind: "SocketTimeout", originalCode: "SQLITE_BUSY", originalMessage: "database is locked" },
  postgresql: { kind: "TransactionWriteConflict", originalCode: "40001", originalMessage: "could not serialize access due to concurrent update" },
} as const;

// A client of the database at `url`, like lib/db/create-client.ts makes, whose driver refuses a
// chosen statement once (`refuseOnce("INSERT", "Session")`) before it reaches the database, with
// that database's error for a conflict with another transaction. Everything above the driver
// (Prisma's error mapping, transactions, rollback) runs as it does for a real refusal.
export function createRefusingClient(url: string) {
  const provider = databaseProvider(url);
  const armed: { statement: Statement; table: string }[] = [];
  const check = (query: SqlQuery) => {
    const index = armed.findIndex(({ statement, table }) => matches(query.sql, statement, table));
    if (index === -1) return;
    armed.splice(index, 1);
    throw new DriverAdapterError({ ...REFUSAL[provider] });
  };
  const factory = refusing(provider === "postgresql" ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url: sqliteFilePath(url) }), check);
  const db = provider === "postgresql" ? (new PostgresClient({ adapter: factory }) as unknown as PrismaClient) : new PrismaClient({ adapter: factory });
  return {
    db,
    refuseOnce: (statement: Statement, table: string) => void armed.push({ statement, table }),
    // The refusals armed but not yet met: a test expects none left.
    pending: () => armed.map(({ statement, table }) => `${statement} ${table}`),
  };
}

function matches(sql: string, statement: Statement, table: string): boolean {
  const start = sql.trimStart().toUpperCase();
  return start.startsWith(statement) && new RegExp(`(FROM|INTO|UPDATE)\\s+(\\S+\\.)?[\`"]${table}[\`"]`, "i").test(sql);
}

// The adapter's connections and transactions, with `check` run before every statement.
function refusing(factory: SqlDriverAdapterFactory, check: (query: SqlQuery) => void): SqlDriverAdapterFactory {
  const guard = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, key) {
        const value: unknown = Reflect.get(object, key, object);
        if (typeof value !== "function") return value;
        if (key === "queryRaw" || key === "executeRaw") {
          return async (query: SqlQuery) => {
            check(query);
            return value.call(object, query);
          };
        }
        if (key === "startTransaction") return async (...args: unknown[]) => guard(await value.apply(object, args));
        return value.bind(object);
      },
    });
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => guard(await factory.connect()),
  };
}
