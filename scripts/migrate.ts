// npm run db:migrate — applies pending migrations to the configured database (safe to repeat).
import { openDatabase } from "../lib/db";
import { ConfigurationError, loadEnv } from "../lib/env";
import { applyMigrations } from "../lib/migrations";

try {
  const connection = openDatabase(loadEnv());
  try {
    const applied = await applyMigrations(connection.adapterFactory);
    console.log(
      `[calibaja] ${connection.description}: ${applied.length ? `applied ${applied.join(", ")}` : "no pending migrations"}`,
    );
  } finally {
    await connection.close();
  }
} catch (error) {
  // A configuration mistake is the user's to fix: say what it is, without a stack trace.
  if (error instanceof ConfigurationError) {
    console.error(`[calibaja] ${error.message}`);
    process.exit(1);
  }
  throw error;
}
