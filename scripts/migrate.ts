// npm run db:migrate — applies pending migrations to the configured database (safe to repeat).
import { openDatabase } from "../lib/database";
import { loadEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrations";

const connection = openDatabase(loadEnv());
try {
  const applied = await applyMigrations(connection.adapterFactory);
  console.log(
    `[calibaja] ${connection.description}: ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}`,
  );
} finally {
  await connection.close();
}
