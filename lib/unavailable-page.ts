import en from "../messages/en.json";
import es from "../messages/es.json";

const retrySeconds = 10;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page served with a 503 while the database does not answer: in the page's language, reloading
 * itself (a meta refresh: the Content-Security-Policy allows no unsigned script), with no detail of
 * the failure (that goes to the server log once).
 */
export function unavailablePage(locale: "en" | "es"): string {
  const messages = (locale === "es" ? es : en).errors;
  return `<!DOCTYPE html>
<html lang="${locale === "es" ? "es-MX" : "en-US"}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${retrySeconds}">
<title>${escapeHtml(messages.unavailableTitle)}</title>
</head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 4rem auto; padding: 0 1.5rem; line-height: 1.5; color: #1f2933">
<h1 style="font-size: 1.6rem">${escapeHtml(messages.unavailableTitle)}</h1>
<p>${escapeHtml(messages.unavailableBody)}</p>
<p><a href="" style="color: #0b5cad">${escapeHtml(messages.unavailableRetry)}</a></p>
</body>
</html>
`;
}

export const unavailableRetryAfterSeconds = retrySeconds;
export const unavailableApiMessage = (locale: "en" | "es") => (locale === "es" ? es : en).errors.unavailableApi;
