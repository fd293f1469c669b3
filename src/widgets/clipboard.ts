// Clipboard and download helpers shared by the widgets.

/** Writes text to the clipboard; false when the browser refuses (no permission, insecure context). */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies text (with `copy`, copyText unless a widget writes more flavours), or, when the clipboard is
 * refused, shows it selected in the host's CopyFallback block for the reader to copy by hand. Reports
 * the outcome in `status`, the widget's status region.
 */
export async function copyWithFallback(
  host: HTMLElement,
  text: string,
  status: HTMLElement,
  what: string,
  copy: (text: string) => Promise<boolean> = copyText,
): Promise<void> {
  const fallback = host.querySelector<HTMLElement>('[data-part~="fallback"]')!;
  if (await copy(text)) {
    fallback.hidden = true;
    status.textContent = `Copied ${what}.`;
    return;
  }
  const area = host.querySelector<HTMLTextAreaElement>('[data-part~="fallback-text"]')!;
  area.value = text;
  fallback.hidden = false;
  area.focus();
  area.select();
  status.textContent = `Copying was refused; ${what} is selected below.`;
}

/** Offers text as a file download, through a temporary link inside `host`, and says so in `status`. */
export function downloadText(host: HTMLElement, filename: string, type: string, content: string, status: HTMLElement): void {
  downloadBlob(host, filename, new Blob([content], { type }), status);
}

/** Offers a file (text, an image) for download, through a temporary link inside `host`, and says so in `status`. */
export function downloadBlob(host: HTMLElement, filename: string, blob: Blob, status: HTMLElement): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  host.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  status.textContent = `Downloaded ${filename}.`;
}
