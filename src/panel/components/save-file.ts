import type { ExportFile } from "../export/export-file";

/** Hands a file to the browser's download, as a link with `download` clicked on the user's behalf. */
export function saveFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const link = document.createElement("a");
  link.href = url;
  link.download = file.fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has taken the data once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
