-- AlterTable
ALTER TABLE "ClusterObservation" ADD COLUMN     "derivationEs" TEXT;

-- AlterTable
ALTER TABLE "Establishment" ADD COLUMN     "clusterNoteEs" TEXT;

-- AlterTable
ALTER TABLE "Industry" ADD COLUMN     "clusterNoteEs" TEXT;
