import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import { clientMessages, serverOnlyNamespaces } from "@/lib/client-messages";

const root = path.resolve(__dirname, "../..");
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) ? [relative] : [];
  });

describe("the messages sent to the browser", () => {
  it("leave out only namespaces no hook reads: useTranslations never names one", () => {
    const hookNamespaces = ["app", "components", "lib"]
      .flatMap(sourceFiles)
      .flatMap((file) =>
        [...fs.readFileSync(path.join(root, file), "utf8").matchAll(/useTranslations\(\s*(?:"([^"]*)")?\s*\)/g)].map(
          (match) => ({ file, namespace: (match[1] ?? "").split(".")[0]! }),
        ),
      );
    expect(hookNamespaces.length).toBeGreaterThan(30);
    // A hook without a namespace could read any of them.
    expect(hookNamespaces.filter((hook) => hook.namespace === "")).toEqual([]);
    expect(hookNamespaces.filter((hook) => serverOnlyNamespaces.includes(hook.namespace))).toEqual([]);
  });

  it("name namespaces that exist, and keep the others whole", () => {
    for (const messages of [en, es]) {
      expect(serverOnlyNamespaces.filter((namespace) => !(namespace in messages))).toEqual([]);
      const sent = clientMessages(messages);
      expect(sent).not.toHaveProperty("methodology");
      expect(sent.overview).toEqual(messages.overview);
      expect(Object.keys(sent)).toHaveLength(Object.keys(messages).length - serverOnlyNamespaces.length);
    }
  });
});
