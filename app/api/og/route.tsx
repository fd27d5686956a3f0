import { ImageResponse } from "next/og";
import { getTranslations } from "next-intl/server";

// A page title is a headline; anything longer is cut, so the image cannot be made to carry an essay.
const maxTitleLength = 120;
// The bundled font covers Latin (English and Spanish names) and common punctuation. For any other glyph
// (an emoji, another script) the renderer would fetch a font from the internet: such characters are dropped.
const outsideBundledFont = /[^\u0020-\u007e\u00a0-\u017f\u2010-\u2027\u2030-\u205e]/gu;

/**
 * The social preview image of a page (Open Graph / Twitter card, 1200×630): the site's name, the page's
 * title, and where the figures come from. Each page's metadata links it with its own title.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") === "es" ? "es" : "en";
  const t = await getTranslations({ locale: lang, namespace: "site" });
  const raw = (url.searchParams.get("title") ?? "").replace(/\s+/g, " ").replace(outsideBundledFont, "").trim();
  const title = raw.length > maxTitleLength ? `${raw.slice(0, maxTitleLength - 1)}…` : raw;
  return new ImageResponse(
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 80,
        background: "#0b2238",
        color: "#fff",
      }}
    >
      <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
        <div
          style={{
            width: 84,
            height: 84,
            borderRadius: 16,
            background: "linear-gradient(135deg, #0072B2 50%, #009E73 50%)",
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            fontSize: 38,
          }}
        >
          CB
        </div>
        <div style={{ fontSize: 38, color: "#cfe3f5" }}>{t("title")}</div>
      </div>
      <div style={{ fontSize: title.length > 60 ? 52 : 64, lineHeight: 1.15, display: "flex" }}>
        {title || t("tagline")}
      </div>
      <div style={{ fontSize: 28, color: "#9fc3e0" }}>U.S. Cluster Mapping · Census CBP · INEGI · IMSS</div>
    </div>,
    { width: 1200, height: 630, headers: { "Cache-Control": "public, max-age=86400" } },
  );
}
