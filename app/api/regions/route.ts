import { NextResponse } from "next/server";
import { getRegionChoices } from "@/lib/queries/compare";

/** Every region with its names and kind, for the comparison's region picker. */
export async function GET() {
  return NextResponse.json({ regions: await getRegionChoices() });
}
