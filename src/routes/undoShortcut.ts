// Undo / redo shortcuts: Ctrl/Cmd-Z and Shift-Ctrl/Cmd-Z (and Ctrl-Y), except inside text
// fields, where the browser's own undo of typing applies.
export function isUndoKey(event: KeyboardEvent): 'undo' | 'redo' | null {
	if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
	const target = event.target as HTMLElement | null;
	if (
		target &&
		(target.tagName === 'TEXTAREA' ||
			(target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text'))
	)
		return null;
	const key = event.key.toLowerCase();
	if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
	if (key === 'y' && !event.shiftKey) return 'redo';
	return null;
}
