-- CreateEnum
CREATE TYPE "Country" AS ENUM ('US', 'MX', 'BINATIONAL');

-- CreateEnum
CREATE TYPE "RegionKind" AS ENUM ('county', 'municipio', 'state', 'nation', 'side', 'megaregion');

-- CreateEnum
CREATE TYPE "ClusterType" AS ENUM ('traded', 'local');

-- CreateEnum
CREATE TYPE "IndustrySystem" AS ENUM ('NAICS2012', 'NAICS2017', 'SCIAN2018');

-- CreateEnum
CREATE TYPE "EmploymentBasis" AS ENUM ('cmp_with_imputation', 'published_cells_sum', 'published_total');

-- CreateEnum
CREATE TYPE "FactBound" AS ENUM ('exact', 'lower', 'upper', 'approximate', 'text');

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT NOT NULL,
    "year" INTEGER,
    "url" TEXT,
    "licence" TEXT,
    "notes" TEXT,
    "fileName" TEXT,
    "checksum" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Region" (
    "code" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "country" "Country" NOT NULL,
    "kind" "RegionKind" NOT NULL,
    "parentCode" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Region_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Cluster" (
    "code" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "type" "ClusterType" NOT NULL,
    "descriptionEn" TEXT,
    "descriptionEs" TEXT,

    CONSTRAINT "Cluster_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "Subcluster" (
    "id" SERIAL NOT NULL,
    "clusterCode" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "nameEn" TEXT NOT NULL,

    CONSTRAINT "Subcluster_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Industry" (
    "id" SERIAL NOT NULL,
    "system" "IndustrySystem" NOT NULL,
    "code" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleEs" TEXT,
    "digits" INTEGER NOT NULL,
    "clusterCode" INTEGER,
    "subclusterId" INTEGER,
    "clusterNote" TEXT,

    CONSTRAINT "Industry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ClusterObservation" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "clusterCode" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "basis" "EmploymentBasis" NOT NULL,
    "employment" INTEGER,
    "employmentReported" INTEGER,
    "employmentIsLowerBound" BOOLEAN NOT NULL DEFAULT false,
    "establishments" INTEGER,
    "payrollThousandUsd" DOUBLE PRECISION,
    "averageWageUsd" DOUBLE PRECISION,
    "locationQuotient" DOUBLE PRECISION,
    "lqBenchmarkCode" TEXT,
    "lqPublished" BOOLEAN NOT NULL DEFAULT false,
    "pandemicFlag" BOOLEAN NOT NULL DEFAULT false,
    "derivation" TEXT,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "ClusterObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndustryObservation" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "industryId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "employment" INTEGER,
    "establishments" INTEGER,
    "payrollThousandUsd" DOUBLE PRECISION,
    "valueAddedMillionMxn" DOUBLE PRECISION,
    "pandemicFlag" BOOLEAN NOT NULL DEFAULT false,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "IndustryObservation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BenchmarkTotal" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "clusterCode" INTEGER,
    "clusterType" "ClusterType",
    "employment" DOUBLE PRECISION NOT NULL,
    "derivation" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "BenchmarkTotal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedFact" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "regionCode" TEXT,
    "geography" TEXT NOT NULL,
    "scope" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "valueAsStated" TEXT NOT NULL,
    "valueNumber" DOUBLE PRECISION,
    "bound" "FactBound" NOT NULL,
    "unit" TEXT NOT NULL,
    "year" INTEGER,
    "yearAsStated" TEXT NOT NULL,
    "benchmark" TEXT,
    "wording" TEXT,
    "confidence" TEXT,
    "study" TEXT,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "PublishedFact_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndustryRanking" (
    "id" SERIAL NOT NULL,
    "rank" INTEGER NOT NULL,
    "naicsCode" TEXT NOT NULL,
    "nameAsStated" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "IndustryRanking_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndustryRankingMember" (
    "id" SERIAL NOT NULL,
    "rankingId" INTEGER NOT NULL,
    "naics2012Code" TEXT NOT NULL,
    "clusterCode" INTEGER NOT NULL,
    "subclusterId" INTEGER,

    CONSTRAINT "IndustryRankingMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Coverage" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "topic" TEXT NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "note" TEXT,

    CONSTRAINT "Coverage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SeedState" (
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "loadedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SeedState_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Cluster_key_key" ON "Cluster"("key");

-- CreateIndex
CREATE UNIQUE INDEX "Subcluster_clusterCode_number_key" ON "Subcluster"("clusterCode", "number");

-- CreateIndex
CREATE INDEX "Industry_clusterCode_idx" ON "Industry"("clusterCode");

-- CreateIndex
CREATE UNIQUE INDEX "Industry_system_code_key" ON "Industry"("system", "code");

-- CreateIndex
CREATE INDEX "ClusterObservation_regionCode_year_idx" ON "ClusterObservation"("regionCode", "year");

-- CreateIndex
CREATE INDEX "ClusterObservation_clusterCode_regionCode_idx" ON "ClusterObservation"("clusterCode", "regionCode");

-- CreateIndex
CREATE UNIQUE INDEX "ClusterObservation_sourceId_regionCode_clusterCode_year_key" ON "ClusterObservation"("sourceId", "regionCode", "clusterCode", "year");

-- CreateIndex
CREATE INDEX "IndustryObservation_regionCode_year_idx" ON "IndustryObservation"("regionCode", "year");

-- CreateIndex
CREATE INDEX "IndustryObservation_industryId_idx" ON "IndustryObservation"("industryId");

-- CreateIndex
CREATE UNIQUE INDEX "IndustryObservation_sourceId_regionCode_industryId_year_key" ON "IndustryObservation"("sourceId", "regionCode", "industryId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "BenchmarkTotal_sourceId_regionCode_year_clusterCode_cluster_key" ON "BenchmarkTotal"("sourceId", "regionCode", "year", "clusterCode", "clusterType");

-- CreateIndex
CREATE UNIQUE INDEX "PublishedFact_key_key" ON "PublishedFact"("key");

-- CreateIndex
CREATE UNIQUE INDEX "IndustryRanking_sourceId_rank_naicsCode_key" ON "IndustryRanking"("sourceId", "rank", "naicsCode");

-- CreateIndex
CREATE UNIQUE INDEX "IndustryRankingMember_rankingId_naics2012Code_key" ON "IndustryRankingMember"("rankingId", "naics2012Code");

-- CreateIndex
CREATE UNIQUE INDEX "Coverage_regionCode_year_topic_sourceId_key" ON "Coverage"("regionCode", "year", "topic", "sourceId");

-- AddForeignKey
ALTER TABLE "Region" ADD CONSTRAINT "Region_parentCode_fkey" FOREIGN KEY ("parentCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Subcluster" ADD CONSTRAINT "Subcluster_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Industry" ADD CONSTRAINT "Industry_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Industry" ADD CONSTRAINT "Industry_subclusterId_fkey" FOREIGN KEY ("subclusterId") REFERENCES "Subcluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterObservation" ADD CONSTRAINT "ClusterObservation_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterObservation" ADD CONSTRAINT "ClusterObservation_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ClusterObservation" ADD CONSTRAINT "ClusterObservation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryObservation" ADD CONSTRAINT "IndustryObservation_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryObservation" ADD CONSTRAINT "IndustryObservation_industryId_fkey" FOREIGN KEY ("industryId") REFERENCES "Industry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryObservation" ADD CONSTRAINT "IndustryObservation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkTotal" ADD CONSTRAINT "BenchmarkTotal_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkTotal" ADD CONSTRAINT "BenchmarkTotal_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BenchmarkTotal" ADD CONSTRAINT "BenchmarkTotal_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFact" ADD CONSTRAINT "PublishedFact_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedFact" ADD CONSTRAINT "PublishedFact_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryRanking" ADD CONSTRAINT "IndustryRanking_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryRankingMember" ADD CONSTRAINT "IndustryRankingMember_rankingId_fkey" FOREIGN KEY ("rankingId") REFERENCES "IndustryRanking"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryRankingMember" ADD CONSTRAINT "IndustryRankingMember_clusterCode_fkey" FOREIGN KEY ("clusterCode") REFERENCES "Cluster"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndustryRankingMember" ADD CONSTRAINT "IndustryRankingMember_subclusterId_fkey" FOREIGN KEY ("subclusterId") REFERENCES "Subcluster"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Coverage" ADD CONSTRAINT "Coverage_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
