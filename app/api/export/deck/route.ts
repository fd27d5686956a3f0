import { getTranslations } from "next-intl/server";
import { ExportRequestError, handleExport } from "@/lib/export/request";
import { deckToPptx } from "@/lib/present/pptx";
import { buildDeck } from "@/lib/present/slides";

const pptxType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

/** The deck of /present?v=… as a PowerPoint file of native charts (same views, same order, same numbers). */
export const GET = (request: Request) =>
  handleExport(async () => {
    const url = new URL(request.url);
    const lang = url.searchParams.get("lang") ?? "en";
    if (lang !== "en" && lang !== "es")
      throw new ExportRequestError(`Invalid parameters: lang=${JSON.stringify(lang)}`);
    const { slides, skipped } = await buildDeck(url.searchParams.getAll("v"), lang);
    const t = await getTranslations({ locale: lang, namespace: "present" });
    const to = await getTranslations({ locale: lang, namespace: "overview" });
    const first = slides[0];
    if (first?.kind === "title" && skipped.length)
      first.note = `${first.note}\n${t("skipped", { items: skipped.join(", ") })}`;
    const file = await deckToPptx(slides, {
      references: t("pptxReferences"),
      truncated: (shown, total) => t("truncated", { shown, total }),
      missing: t("pptxMissing"),
      traded: to("legendTraded"),
      local: to("legendLocal"),
    });
    return new Response(new Uint8Array(file), {
      headers: {
        "Content-Type": pptxType,
        "Content-Disposition": `attachment; filename="calibaja-presentation-${new Date().toISOString().slice(0, 10)}.pptx"`,
        "Cache-Control": "no-store",
      },
    });
  });
