-- AlterTable
ALTER TABLE "Establishment" ADD COLUMN     "candidateClusterCodes" INTEGER[] DEFAULT ARRAY[]::INTEGER[];
