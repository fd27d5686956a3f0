import { NextResponse } from "next/server";
import { getDatabase } from "@/lib/db";

/** Liveness and which database this server uses (kind only: never the URL or a password). */
export async function GET() {
  const { prisma, connection } = getDatabase();
  try {
    const clusters = await prisma.cluster.count();
    return NextResponse.json({ status: "ok", database: connection.kind, clusters });
  } catch {
    return NextResponse.json({ status: "error", database: connection.kind, error: "The database could not be read." }, { status: 503 });
  }
}
