import createNextIntlPlugin from "next-intl/plugin";

const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  // Messages are compiled at build time, so the browser gets them ready to format and no ICU parser
  // (12 kB of every page's JavaScript).
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite locates its WebAssembly and data files next to its own module at run time; bundling it
  // breaks that lookup, so it (and the drivers around it) load from node_modules as they are.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@prisma/adapter-pg", "pg"],
  poweredByHeader: false,
  // proxy.ts redirects /path/ to /path itself (Next.js's redirect repeats the query in a Refresh header).
  skipTrailingSlashRedirect: true,
  // Pages and exports get their headers from proxy.ts; the hashed static files it skips get them here.
  async headers() {
    return [
      {
        source: "/_next/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
        ],
      },
    ];
  },
  reactStrictMode: true,
};

export default withNextIntl(nextConfig);
