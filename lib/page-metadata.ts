import type { Metadata } from "next";

/**
 * A page's title with its social preview: the Open Graph and Twitter card carry the same title and an
 * image drawn for it (/api/og), so a link pasted into a chat or a post shows which view it opens.
 */
export function pageMetadata(title: string, locale: string, description?: string): Metadata {
  const image = { url: `/api/og?${new URLSearchParams({ title, lang: locale })}`, width: 1200, height: 630 };
  return {
    title,
    ...(description ? { description } : {}),
    openGraph: { title, ...(description ? { description } : {}), images: [image], type: "website" },
    twitter: { card: "summary_large_image", title, images: [image.url] },
  };
}
