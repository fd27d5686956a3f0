import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

export default createMiddleware(routing);

export const config = {
  // Pages only: not the API (exports), Next.js internals or files with an extension.
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
