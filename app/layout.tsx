import type { ReactNode } from "react";

// Every page reads the database at request time; nothing is prerendered at build (the build needs no database).
export const dynamic = "force-dynamic";

export const metadata = { title: "CaliBaja Cluster Dashboard" };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
