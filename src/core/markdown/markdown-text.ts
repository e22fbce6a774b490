/** Text made safe for a Markdown table cell: pipes escaped, line breaks as `<br>`. */
export function tableCell(text: string): string {
  return text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>").trim();
}

/** Text made safe for a Markdown line: characters that would start markup are escaped. */
export function inlineText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/\r?\n/g, " ")
    .trim();
}
