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
