// Runs once when the server starts: opens the database so its one log line ("which database")
// appears at start, and a bad DATABASE_URL stops the start instead of failing the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getDatabase } = await import("./lib/db");
    getDatabase();
  }
}
