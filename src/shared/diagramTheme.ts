/**
 * Mermaid styles for the stack's components. Authors tag nodes (`dns["DNS"]:::dns`); the colours
 * are the theme's CSS variables, so diagrams and slides share one palette.
 */
export const COMPONENTS = [
  'browser',
  'dns',
  'elb',
  'ec2',
  'nginx',
  'gunicorn',
  'django',
  'orm',
  'postgres',
  'cdn',
  's3',
  'ci',
  'git',
  'blue',
  'green',
] as const;

const nodeRules = COMPONENTS.map(
  (c) =>
    `.node.${c} rect, .node.${c} polygon, .node.${c} circle, .node.${c} path { fill: var(--c-${c}-bg) !important; stroke: var(--c-${c}) !important; stroke-width: 3px !important; }`,
).join('\n');

export const diagramThemeCss = `
${nodeRules}
.node .label, .nodeLabel, .edgeLabel, .cluster-label { color: var(--c-text) !important; }
.edgeLabel, .edgeLabel p, .labelBkg { background-color: var(--c-bg) !important; }
.cluster rect { rx: 10px; stroke: var(--c-text-muted) !important; stroke-dasharray: 6 4; }
.flowchart-link { stroke-width: 3px !important; }
`;
