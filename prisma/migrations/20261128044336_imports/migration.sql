-- AlterTable
ALTER TABLE "Source" ADD COLUMN     "importFormat" TEXT;

-- CreateTable
CREATE TABLE "InsuredEmployment" (
    "id" SERIAL NOT NULL,
    "regionCode" TEXT NOT NULL,
    "sectorCode" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "insuredJobs" INTEGER NOT NULL,
    "insuredPersons" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "InsuredEmployment_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "InsuredEmployment_regionCode_year_month_idx" ON "InsuredEmployment"("regionCode", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "InsuredEmployment_sourceId_regionCode_sectorCode_year_month_key" ON "InsuredEmployment"("sourceId", "regionCode", "sectorCode", "year", "month");

-- AddForeignKey
ALTER TABLE "InsuredEmployment" ADD CONSTRAINT "InsuredEmployment_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InsuredEmployment" ADD CONSTRAINT "InsuredEmployment_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
