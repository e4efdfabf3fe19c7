/**
 * Rendering ```mermaid fences in the browser. Loaded on demand (see lazyDiagrams.ts); a syntax
 * error becomes an error card with mermaid's message and the source line, never a blank box.
 */
import mermaid from 'mermaid';
import { mermaidConfig } from '../../shared/mermaidConfig.ts';
import { showDiagramError } from './diagramError.ts';

let initialized = false;
let counter = 0;

function init(): void {
  if (initialized) return;
  const style = getComputedStyle(document.documentElement);
  mermaid.initialize(mermaidConfig((name) => style.getPropertyValue(name).trim()));
  initialized = true;
}

export async function renderDiagrams(targets: HTMLElement[]): Promise<void> {
  init();
  for (const target of targets) {
    const source = target.querySelector('.mermaid-source')?.textContent ?? '';
    try {
      // parse() first: it throws the parser's own message, which render() can mask.
      await mermaid.parse(source);
      const { svg } = await mermaid.render(`diagram-${++counter}`, source, target);
      target.innerHTML = svg;
      target.querySelector('svg')?.setAttribute('aria-hidden', 'true');
      target.dataset.rendered = 'true';
    } catch (error) {
      showDiagramError(target, error instanceof Error ? error.message : String(error));
    }
  }
}
