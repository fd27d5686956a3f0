import { defineConfig } from "prisma/config";

// The CLI only needs a URL for commands that talk to a server (e.g. `prisma migrate deploy`
// where the native engine is available); this project migrates with scripts/migrate.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/postgres" },
});
