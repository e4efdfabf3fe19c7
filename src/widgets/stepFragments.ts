/** Hidden fragments, one per widget step: reveal shows them in turn, the island counts the visible ones. */
export function stepFragments(count: number): string {
  return Array.from(
    { length: count },
    (_, i) => `<span class="fragment widget-step" data-step="${i + 1}"></span>`,
  ).join('');
}
