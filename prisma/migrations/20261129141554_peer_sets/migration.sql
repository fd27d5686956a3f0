-- CreateEnum
CREATE TYPE "PeerSetKind" AS ENUM ('list', 'similar');

-- CreateTable
CREATE TABLE "PeerSet" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "PeerSetKind" NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameEs" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "descriptionEs" TEXT NOT NULL,
    "anchorRegionCode" TEXT,
    "size" INTEGER,
    "sortOrder" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,

    CONSTRAINT "PeerSet_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PeerSetMember" (
    "peerSetId" INTEGER NOT NULL,
    "regionCode" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PeerSetMember_pkey" PRIMARY KEY ("peerSetId","regionCode")
);

-- CreateIndex
CREATE UNIQUE INDEX "PeerSet_key_key" ON "PeerSet"("key");

-- AddForeignKey
ALTER TABLE "PeerSet" ADD CONSTRAINT "PeerSet_anchorRegionCode_fkey" FOREIGN KEY ("anchorRegionCode") REFERENCES "Region"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSet" ADD CONSTRAINT "PeerSet_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSetMember" ADD CONSTRAINT "PeerSetMember_peerSetId_fkey" FOREIGN KEY ("peerSetId") REFERENCES "PeerSet"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PeerSetMember" ADD CONSTRAINT "PeerSetMember_regionCode_fkey" FOREIGN KEY ("regionCode") REFERENCES "Region"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
