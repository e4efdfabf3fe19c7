/**
 * One mermaid configuration for both renderers: the browser's (renderDiagram.ts) and the build's
 * (src/build/prerenderDiagrams.ts), so a diagram looks the same whichever drew it.
 */
import type { MermaidConfig } from 'mermaid';
import { diagramThemeCss } from './diagramTheme.ts';

/** Reads a theme variable such as `--c-text`: from the page, or from theme.css at build time. */
export type ThemeVariable = (name: string) => string;

export function mermaidConfig(cssVar: ThemeVariable): MermaidConfig {
  return {
    startOnLoad: false,
    securityLevel: 'strict',
    // dagre is mermaid 11's default; said here so a mermaid upgrade (12 defaults to ELK, a 450 KB
    // gzip chunk) keeps it: dagre draws our flowcharts well.
    layout: 'dagre',
    theme: 'base',
    fontFamily: cssVar('--font-body') || 'sans-serif',
    themeVariables: {
      // Large enough to read from the back of a room once the slide is scaled to the screen.
      fontSize: '26px',
      primaryColor: cssVar('--c-surface'),
      primaryTextColor: cssVar('--c-text'),
      lineColor: cssVar('--c-text-muted'),
      clusterBkg: cssVar('--c-cluster'),
    },
    themeCSS: diagramThemeCss,
    // SVG text labels are measured with getBBox, in the diagram's own units. HTML labels are
    // measured on screen, where reveal's scale transform shrinks them and the text gets clipped.
    htmlLabels: false,
    // Labels break where the author wrote <br/>, not mid-word at mermaid's 200 px default.
    flowchart: {
      htmlLabels: false,
      useMaxWidth: true,
      wrappingWidth: 400,
      // mermaid 11 sets a cluster's title on its first node's border without a margin.
      subGraphTitleMargin: { top: 8, bottom: 16 },
    },
  };
}
