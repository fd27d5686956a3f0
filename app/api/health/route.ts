import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db";

/** Liveness and which database this server uses (kind only: never the URL or a password). */
export async function GET() {
  const health = await checkDatabase();
  if (health.ok) return NextResponse.json({ status: "ok", database: health.kind, clusters: health.clusters });
  return NextResponse.json(
    { status: "error", database: health.kind, error: "The database could not be read." },
    { status: 503 },
  );
}
