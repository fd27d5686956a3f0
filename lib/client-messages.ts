import type { AbstractIntlMessages } from "next-intl";

/**
 * Namespaces that only server components read (with getTranslations): every page's HTML would
 * otherwise carry them to the browser, which never formats them (the methodology's prose alone is a
 * fifth of the messages). A namespace read by a client component must not be listed here;
 * tests/unit/client-messages.test.ts checks that none is.
 */
export const serverOnlyNamespaces = ["methodology", "map", "regions", "coverage", "trend", "site", "dataAsOf", "units"];

/** The messages the browser needs: all but the server-only namespaces. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  return Object.fromEntries(
    Object.entries(messages).filter(([namespace]) => !serverOnlyNamespaces.includes(namespace)),
  );
}
