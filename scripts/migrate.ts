// npm run db:migrate — applies pending migrations to the configured database (safe to repeat).
import { DatabaseInUseError, openDatabase } from "../lib/db";
import { describeDatabaseError } from "../lib/db/availability";
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
  if (error instanceof ConfigurationError || error instanceof DatabaseInUseError) {
    console.error(`[calibaja] ${error.message}`);
    process.exit(1);
  }
  // Anything else (no database at that address, say): the cause in one line; CALIBAJA_DEBUG=1 shows the stack.
  if (process.env.CALIBAJA_DEBUG) console.error(error);
  console.error(`[calibaja] migrations could not be applied: ${describeDatabaseError(error)}`);
  process.exit(1);
}
