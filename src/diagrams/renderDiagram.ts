/**
 * Rendering ```mermaid fences in the browser. Loaded on demand (see lazyDiagrams.ts); a syntax
 * error becomes an error card with mermaid's message and the source line, never a blank box.
 */
import mermaid from 'mermaid';
import { diagramThemeCss } from './diagramTheme';
import { showDiagramError } from './diagramError';

let initialized = false;
let counter = 0;

function init(): void {
  if (initialized) return;
  const style = getComputedStyle(document.documentElement);
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // mermaid 12 defaults to the ELK layout, a 450 KB gzip chunk; dagre draws our flowcharts well.
    layout: 'dagre',
    theme: 'base',
    fontFamily: style.getPropertyValue('--font-body').trim() || 'sans-serif',
    themeVariables: {
      // Large enough to read from the back of a room once the slide is scaled to the screen.
      fontSize: '26px',
      primaryColor: style.getPropertyValue('--c-surface').trim(),
      primaryTextColor: style.getPropertyValue('--c-text').trim(),
      lineColor: style.getPropertyValue('--c-text-muted').trim(),
      clusterBkg: style.getPropertyValue('--c-cluster').trim(),
    },
    themeCSS: diagramThemeCss,
    // SVG text labels are measured with getBBox, in the diagram's own units. HTML labels are
    // measured on screen, where reveal's scale transform shrinks them and the text gets clipped.
    htmlLabels: false,
    // Labels break where the author wrote <br/>, not mid-word at mermaid's 200 px default.
    flowchart: { htmlLabels: false, useMaxWidth: true, wrappingWidth: 400 },
  });
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
  document.dispatchEvent(new CustomEvent('diagramsrendered'));
}
