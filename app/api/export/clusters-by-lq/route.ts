import { overviewChartExport } from "@/lib/export/overview-export";

export const GET = overviewChartExport("lq");
