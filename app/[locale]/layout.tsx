import type { Metadata } from "next";
import { hasLocale, NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { intlLocale, routing } from "@/i18n/routing";
import { SiteHeader } from "@/components/ui/site-header";
import { Providers } from "../providers";
import { clientMessages } from "@/lib/client-messages";
import "../globals.css";

// Every page reads the database at request time; nothing is prerendered at build (the build needs no database).
export const dynamic = "force-dynamic";

// Applied before the first paint so a chosen theme does not flash.
const themeScript = `try{var t=localStorage.getItem("calibaja-theme");if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: hasLocale(routing.locales, locale) ? locale : "en", namespace: "site" });
  const image = { url: `/og-${locale === "es" ? "es" : "en"}.png`, width: 1200, height: 630 };
  return {
    // Links in social previews must be absolute: the address the site is served at.
    metadataBase: new URL(process.env.CALIBAJA_PUBLIC_URL || "http://localhost:3000"),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("tagline"),
    manifest: "/manifest.webmanifest",
    openGraph: { title: t("title"), description: t("tagline"), siteName: t("title"), images: [image], type: "website" },
    twitter: { card: "summary_large_image", title: t("title"), description: t("tagline"), images: [image.url] },
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations("site");
  // proxy.ts makes one per response; the Content-Security-Policy runs only scripts that carry it.
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  return (
    <html lang={intlLocale[locale]} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body>
        <NextIntlClientProvider messages={clientMessages(await getMessages())}>
          <Providers>
            <a className="skip-link" href="#main">
              {t("skip")}
            </a>
            <SiteHeader />
            <main id="main" className="page">
              {children}
            </main>
            <footer className="site-footer">
              <p>{t("footer")}</p>
            </footer>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
