// Runs once when the server starts: opens the database so its one log line ("which database")
// appears at start, and a bad DATABASE_URL stops the start instead of failing the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { refuseUnsupportedMethods } = await import("./lib/method-guard");
    refuseUnsupportedMethods();
    const { getDatabase, probeDatabase } = await import("./lib/db");
    const { registerDatabaseProbe } = await import("./lib/db/availability");
    getDatabase();
    // proxy.ts asks the database before a page or export starts streaming (a 503 instead of a 200 with an error inside).
    registerDatabaseProbe(probeDatabase);
  }
}
