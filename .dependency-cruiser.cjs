/**
 * The architecture, held by lint (`npm run lint:deps`, part of `npm test`). Data flows one way:
 * slides/*.md → parser (pure) → build (Node) → the page's HTML → runtime (reveal.js, one folder per
 * mode, the islands) → widgets (definition, pure model, views). docs/architecture.md explains why
 * each room may import what it does. Tests may cross rooms (a build test parses a deck, say).
 */
const TESTS = '\\.test\\.tsx?$';
const NODE_BUILTIN = ['core'];

/** A rule that files of `from` must not import anything matching `to`. */
function forbid(name, comment, from, to, extra = {}) {
  return {
    name,
    comment,
    severity: 'error',
    from: { path: from, pathNot: TESTS },
    to: { ...to, ...extra },
  };
}

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment:
        'An import cycle (static, dynamic or type-only) ties two modules into one: split what both need into a third.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    forbid(
      'parser-is-pure',
      'The parser turns markdown into a Deck and HTML strings: no DOM, Node, reveal.js, React or later rooms.',
      '^src/parser/',
      { path: '^src/(build|runtime|widgets|speaker)/|^node_modules/(reveal\\.js|react|react-dom)/' },
    ),
    forbid('parser-no-node', 'The parser reads files through DeckFiles, never from disk.', '^src/parser/', {
      dependencyTypes: NODE_BUILTIN,
    }),
    forbid(
      'shared-is-pure',
      'shared/ is what the build and the browser both load: it depends on no room.',
      '^src/shared/',
      { path: '^src/(parser|build|runtime|widgets|speaker)/|^node_modules/(reveal\\.js|react|react-dom)/' },
    ),
    forbid('shared-no-node', 'shared/ also runs in the browser.', '^src/shared/', {
      dependencyTypes: NODE_BUILTIN,
    }),
    forbid(
      'widgets-know-no-deck',
      'A widget is a definition, a pure model and React views: it never imports reveal.js, the runtime, the build, the parser or the speaker view.',
      '^src/widgets/',
      { path: '^src/(parser|build|runtime|speaker)/|^node_modules/reveal\\.js/' },
    ),
    forbid(
      'widgets-no-node',
      'Widgets run in the browser (their definitions also in the build).',
      '^src/widgets/',
      {
        dependencyTypes: NODE_BUILTIN,
      },
    ),
    forbid(
      'widgets-apart',
      'A widget folder imports its own files, the kit, the AWS simulation and the widget definitions, never another widget.',
      '^src/widgets/([^/]+)/',
      { path: '^src/widgets/[^/]+/', pathNot: '^src/widgets/($1|kit|aws-sim)/' },
    ),
    forbid(
      'kit-is-generic',
      'The kit is building blocks any widget can use: it knows no widget and no simulation (only the contract every widget shares).',
      '^src/widgets/kit/',
      {
        path: '^src/widgets/',
        pathNot: '^src/widgets/(kit/|widgetDefinition\\.ts$|widgetDetail\\.ts$|islandContract\\.ts$)',
      },
    ),
    forbid(
      'aws-sim-is-a-pure-model',
      'The ELB and Auto Scaling simulation is state and step(state, dt, rng): no React, no DOM, no widget.',
      '^src/widgets/aws-sim/',
      { path: '^src/widgets/(?!aws-sim/)|^node_modules/(react|react-dom)/' },
    ),
    forbid(
      'build-never-runs-the-deck',
      'The build writes HTML; the runtime and the speaker view run in the browser.',
      '^src/build/',
      { path: '^src/(runtime|speaker)/|^node_modules/(reveal\\.js|react-dom)/' },
    ),
    forbid(
      'runtime-not-the-build',
      "The browser deck gets the parser's work as HTML: it imports neither the build nor the parser.",
      '^src/runtime/',
      { path: '^src/(build|parser)/' },
    ),
    forbid('runtime-no-node', 'The runtime runs in the browser.', '^src/runtime/', {
      dependencyTypes: NODE_BUILTIN,
    }),
    forbid(
      'speaker-view-lazily',
      'The speaker view is its own app: present mode loads its presenter end with import() on the first S, never up front.',
      '^src/runtime/',
      { path: '^src/speaker/', dependencyTypesNot: ['dynamic-import'] },
    ),
    forbid(
      'speaker-is-its-own-app',
      "speaker.html's app and the presenter's end of its link import nothing of the deck (reveal.js types only). Not even shared/: a module both pages load becomes a chunk of its own, one more request before the deck's first slide.",
      '^src/speaker/',
      { path: '^src/(parser|build|runtime|widgets|shared)/' },
    ),
    forbid(
      'speaker-reveal-types-only',
      'The speaker view talks to reveal.js through messages; it only needs its types.',
      '^src/speaker/',
      { path: '^node_modules/reveal\\.js/', dependencyTypesNot: ['type-only'] },
    ),
  ],
  options: {
    doNotFollow: { path: '^node_modules/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
