import "./env";
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/lib/db/database-url";

// WAL lets readers (the app) and a writer (a sync, a test factory) work at the same time.
// The mode is stored in the database file, so setting it once is enough.
const database = new Database(sqliteFilePath());
database.pragma("journal_mode = WAL");
database.close();
