/**
 * Offers `blob` to the person as a file named `filename`, from inside `root` (a shadow root):
 * a temporary link, clicked, then removed; nothing leaves the device.
 */
export function downloadBlob(root: ShadowRoot | HTMLElement | DocumentFragment, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  root.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
