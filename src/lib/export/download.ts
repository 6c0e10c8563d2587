// Saving a file from the page: a Blob behind an object URL and a temporary <a download>. Browser
// only; nothing here computes what is saved.

/** Starts the download of `blob` as `filename`. */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.style.display = 'none';
	document.body.append(a);
	a.click();
	a.remove();
	// Revoked after the click has been handled, so the download has started.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Starts the download of text (UTF-8) with its media type. */
export function downloadText(text: string, filename: string, type: string): void {
	downloadBlob(new Blob([text], { type: `${type};charset=utf-8` }), filename);
}

/**
 * The text of the file chosen in a file input (which is then cleared, so the same file can be
 * chosen again): null when none was chosen, `failed` when it could not be read.
 */
export async function readChosenFile(event: Event): Promise<string | null | { failed: true }> {
	const input = event.currentTarget as HTMLInputElement;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return null;
	try {
		return await file.text();
	} catch {
		return { failed: true };
	}
}
