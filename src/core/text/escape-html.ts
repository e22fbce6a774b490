/** Text made safe to stand between HTML tags, where quotes need no escaping. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/**
 * Text made safe to stand inside HTML, attribute values too. Apart from `html-to-text` so that
 * code which only escapes (the Azure export, in the panel) does not load an HTML entity decoder.
 */
export function escapeHtml(text: string): string {
  return escapeHtmlText(text).replace(/"/g, "&quot;");
}
