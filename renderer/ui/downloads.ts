/**
 * Saving a file from the window: a temporary `<a download>` on a Blob URL, which works in the
 * browser and in the Electron window alike.
 */

/** Saves `data` as a file named `fileName` in the browser's downloads. */
export function downloadBlob(fileName: string, data: Blob): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some engines; a moment later is safe.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Saves text as a file (Markdown unless `type` says otherwise). */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}
