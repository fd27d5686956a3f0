-- CreateEnum
CREATE TYPE "InsuredMeasure" AS ENUM ('insured_jobs', 'permanent_workers');

-- AlterEnum
-- This migration adds more than one value to an enum.
-- With PostgreSQL versions 11 and earlier, this is not possible
-- in a single migration. This can be worked around by creating
-- multiple migrations, each migration adding only one value to
-- the enum.


ALTER TYPE "RegionKind" ADD VALUE 'metro';
ALTER TYPE "RegionKind" ADD VALUE 'micro';
ALTER TYPE "RegionKind" ADD VALUE 'economic_area';
ALTER TYPE "RegionKind" ADD VALUE 'locality';

-- DropIndex
DROP INDEX "InsuredEmployment_sourceId_regionCode_sectorCode_year_month_key";

-- AlterTable
ALTER TABLE "ClusterObservation" ADD COLUMN     "cmpQualifying" BOOLEAN,
ADD COLUMN     "cmpSignificant" BOOLEAN,
ADD COLUMN     "cmpStrong" BOOLEAN,
ADD COLUMN     "cmpStrong10" BOOLEAN,
ADD COLUMN     "nationalRankEmployment" INTEGER,
ADD COLUMN     "nationalRankEstablishments" INTEGER,
ADD COLUMN     "nationalRankLq" INTEGER,
ADD COLUMN     "nationalRankWage" INTEGER,
ADD COLUMN     "withheldCells" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
-- Edited by hand: the engine's diff drops "insuredJobs" and adds "value", a rename keeps imported rows.
ALTER TABLE "InsuredEmployment" RENAME COLUMN "insuredJobs" TO "value";
ALTER TABLE "InsuredEmployment" ALTER COLUMN "value" DROP NOT NULL,
ADD COLUMN     "measure" "InsuredMeasure" NOT NULL DEFAULT 'insured_jobs',
ALTER COLUMN "insuredPersons" DROP NOT NULL;

-- AlterTable
ALTER TABLE "Region" ADD COLUMN     "sameAreaAs" TEXT,
ADD COLUMN     "stateCodes" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "caveats" TEXT,
ADD COLUMN     "confidence" TEXT,
ADD COLUMN     "isDefault" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "parentId" INTEGER;

-- Edited by hand: sources loaded by the earlier seed (no import format) are the default dataset.
UPDATE "Source" SET "isDefault" = true WHERE "importFormat" IS NULL;

-- CreateTable
CREATE TABLE "Establishment" (
    "id" SERIAL NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "externalId" TEXT NOT NULL,
    "clee" TEXT,
    "scianCode" TEXT NOT NULL,
    "activityName" TEXT NOT NULL,
    "sizeBand" TEXT NOT NULL,
    "sizeMin" INTEGER NOT NULL,
    "sizeMax" INTEGER,
    "regionCode" TEXT NOT NULL,
    "localityCode" TEXT,
    "localityName" TEXT,
    "postalCode" TEXT,
    "latitude" DOUBLE PRECISION,
    "longitude" DOUBLE PRECISION,
    "clusterCode" INTEGER,
    "clusterNote" TEXT,

    CONSTRAINT "Establishment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Establishment_regionCode_scianCode_idx" ON "Establishment"("regionCode", "scianCode");

-- CreateIndex
CREATE UNIQUE INDEX "Establishment_sourceId_externalId_key" ON "Establishment"("sourceId", "externalId");

-- CreateIndex
CREATE UNIQUE INDEX "InsuredEmployment_sourceId_regionCode_measure_sectorCode_ye_key" ON "InsuredEmployment"("sourceId", "regionCode", "measure", "sectorCode", "year", "month");

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Establishment" ADD CONSTRAINT "Establishment_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- Edited by hand: U.S. states are coded by postal abbreviation, because FIPS state numbers collide
-- with INEGI's (02 is both Alaska and Baja California). Foreign keys cascade the new code.
UPDATE "Region" SET "code" = 'CA' WHERE "code" = '06' AND "country" = 'US';
