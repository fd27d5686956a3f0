-- CreateTable
CREATE TABLE "DataVersion" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "version" INTEGER NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataVersion_pkey" PRIMARY KEY ("id")
);

-- The one row, and the trigger that bumps it. Statement-level: one bump per statement however many
-- rows it writes (a COPY of millions of rows costs one UPDATE). The row lock it takes is held to the
-- end of the writing transaction, which imports already serialise (an advisory lock), and readers
-- never wait for it: they see the old version until the writer commits.
INSERT INTO "DataVersion" ("id", "version") VALUES (1, 0) ON CONFLICT DO NOTHING;

CREATE FUNCTION "calibaja_bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "DataVersion" SET "version" = "version" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "id" = 1;
  RETURN NULL;
END;
$$;

DO $$
DECLARE
  data_table text;
BEGIN
  FOREACH data_table IN ARRAY ARRAY[
    'Source', 'Region', 'Cluster', 'Subcluster', 'Industry', 'ClusterObservation', 'IndustryObservation',
    'BenchmarkTotal', 'PublishedFact', 'IndustryRanking', 'IndustryRankingMember', 'PeerSet', 'PeerSetMember',
    'InsuredEmployment', 'Establishment', 'Coverage'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER "bump_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I '
      'FOR EACH STATEMENT EXECUTE FUNCTION "calibaja_bump_data_version"()',
      data_table
    );
  END LOOP;
END;
$$;
