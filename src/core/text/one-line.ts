/** Text on one line, runs of white space (line breaks too) as one space: for titles and names. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
