import http from "node:http";
import { allowedMethods, refuseMethod } from "./http-guard";

let installed = false;

/**
 * Next.js turns every request into a web Request before proxy.ts runs, and the web Request refuses
 * TRACE, TRACK and CONNECT by throwing: those ended as 500s. Answering an unsupported method here,
 * on the Node.js server, gives them the 405 every other unsupported method gets.
 */
export function refuseUnsupportedMethods() {
  if (installed) return;
  installed = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string, ...args: unknown[]) {
    if (event === "request") {
      const [request, response] = args as [http.IncomingMessage, http.ServerResponse];
      const refusal = refuseMethod(request.method ?? "");
      if (refusal) {
        console.warn(`[calibaja] ${refusal.status} ${(request.method ?? "").slice(0, 16)}: ${refusal.reason}`);
        response.writeHead(refusal.status, {
          "Content-Type": "text/plain; charset=utf-8",
          Allow: allowedMethods.join(", "),
          "X-Content-Type-Options": "nosniff",
        });
        response.end(`${refusal.reason}\n`);
        return true;
      }
    }
    return emit.apply(this, [event, ...args] as Parameters<typeof emit>);
  } as typeof http.Server.prototype.emit;
}
