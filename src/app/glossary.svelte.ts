/**
 * Whether the glossary (Glossary.svelte, one per page) is open: any chart's footer opens it, and
 * closing it returns the focus to whatever opened it.
 */
export const glossary = $state({ open: false });

export function openGlossary(): void {
  glossary.open = true;
}
