/** Escaping for HTML built as text (the functions' pages, the municipality options). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
