import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigurationError, loadEnv } from "../../lib/env";
import { describePostgresUrl } from "../../lib/db";

describe("configuration", () => {
  it("uses the embedded database by default", () => {
    expect(loadEnv({})).toEqual({ databaseUrl: undefined, pgliteDir: path.resolve(".data/pglite") });
    expect(loadEnv({ DATABASE_URL: "", PGLITE_DIR: "/tmp/x" })).toEqual({
      databaseUrl: undefined,
      pgliteDir: "/tmp/x",
    });
  });
  it("accepts a PostgreSQL URL", () => {
    expect(loadEnv({ DATABASE_URL: "postgresql://u:p@db.example:5433/calibaja" }).databaseUrl).toBe(
      "postgresql://u:p@db.example:5433/calibaja",
    );
  });
  it.each(["mysql://localhost/db", "localhost:5432", "postgresql://"])(
    "stops on a bad DATABASE_URL (%s), naming the variable",
    (value) => {
      expect(() => loadEnv({ DATABASE_URL: value })).toThrow(ConfigurationError);
      expect(() => loadEnv({ DATABASE_URL: value })).toThrow(/DATABASE_URL: must be a URL of the form postgresql:/);
    },
  );
  it("reads from a replica only of a PostgreSQL primary, and names a bad replica URL", () => {
    const env = loadEnv({
      DATABASE_URL: "postgresql://db.example/calibaja",
      DATABASE_REPLICA_URL: "postgresql://replica.example/calibaja",
    });
    expect(env.databaseReplicaUrl).toBe("postgresql://replica.example/calibaja");
    expect(() => loadEnv({ DATABASE_REPLICA_URL: "postgresql://replica.example/calibaja" })).toThrow(
      /DATABASE_REPLICA_URL needs DATABASE_URL/,
    );
    expect(() => loadEnv({ DATABASE_URL: "postgresql://db.example/x", DATABASE_REPLICA_URL: "replica:5432" })).toThrow(
      /DATABASE_REPLICA_URL: must be a URL/,
    );
  });
  it("describes a server without its password", () => {
    expect(describePostgresUrl("postgresql://admin:s3cret@db.example:5433/calibaja")).toBe(
      "PostgreSQL admin@db.example:5433/calibaja",
    );
  });
});
