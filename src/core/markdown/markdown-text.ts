/** Text made safe for a Markdown table cell: markup escaped, line breaks as `<br>`. */
export function tableCell(text: string): string {
  return text
    .trim()
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/\r\n?|\n/g, "<br>");
}

/** Text made safe for a Markdown line: characters that would start markup are escaped. */
export function inlineText(text: string): string {
  return text
    .replace(/([\\`*_[\]<>|])/g, "\\$1")
    .replace(/\r\n?|\n/g, " ")
    .trim();
}
