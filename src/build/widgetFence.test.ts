import { describe, expect, it } from 'vitest';
import { WIDGETS } from '../widgets/registry.ts';
import { parseText } from '../parser/testDeck.ts';
import { widgetHtml } from './widgetFence.ts';
import { formatDiagnostic } from '../parser/deckTypes.ts';
import { buildScenario } from '../widgets/request-journey/model.ts';

const deckWith = (fence: string) => parseText(`## Journey\n\n${fence}\n`, {}, 'deck.md', widgetHtml);

describe('widget fences', () => {
  it('become an island with validated props and one hidden fragment per step', () => {
    const deck = deckWith('```widget request-journey\nscenario: warm-cache\n```');
    expect(deck.diagnostics).toEqual([]);
    const html = deck.slides[0].html;
    expect(html).toContain('data-widget="request-journey"');
    expect(html).toContain('data-label="Request journey"');
    expect(html).toContain('&quot;scenario&quot;:&quot;warm-cache&quot;');
    expect(html).toContain('data-source="deck.md:3"');
    const steps = html.match(/class="fragment widget-step"/g) ?? [];
    expect(steps).toHaveLength(buildScenario('warm-cache').steps.length);
  });

  it('fill in defaults', () => {
    const html = deckWith('```widget request-journey\n```').slides[0].html;
    expect(html).toContain(
      '&quot;scenario&quot;:&quot;cold-dns&quot;,&quot;autoplay&quot;:false,&quot;speed&quot;:1',
    );
  });

  it('start at a hop: the steps before it are done when the slide opens', () => {
    const html = deckWith('```widget request-journey\nscenario: cold-dns\nstart: django\n```').slides[0].html;
    const steps = buildScenario('cold-dns').steps;
    const first = steps.findIndex((s) => s.hop === 'django') + 1;
    expect(html).toContain(`data-first-step="${first}"`);
    expect(html.match(/class="fragment widget-step"/g)).toHaveLength(steps.length - first);
  });

  it('report an unknown widget with the known names, at the fence line', () => {
    const deck = deckWith('```widget request-jurney\nscenario: cold-dns\n```');
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([
      `deck.md:3: error: unknown widget "request-jurney" (known widgets: ${[...WIDGETS.keys()].join(', ')})`,
    ]);
    expect(deck.slides[0].html).toContain('role="alert"');
    expect(deck.slides[0].errors).toHaveLength(1);
  });

  it('report each bad prop at its own line, saying what was expected', () => {
    const deck = deckWith('```widget request-journey\nscenario: cold-dns\nspeed: 9\nautoplay: maybe\n```');
    expect(deck.diagnostics.map(formatDiagnostic)).toEqual([
      'deck.md:5: error: widget request-journey: prop "speed" must be a number from 0.25 to 4, not 9',
      'deck.md:6: error: widget request-journey: prop "autoplay" must be true or false, not "maybe"',
    ]);
  });

  it('report props that are not YAML, and a start hop the scenario never reaches', () => {
    expect(deckWith('```widget request-journey\nscenario: [cold\n```').diagnostics[0].message).toMatch(
      /props are not valid YAML/,
    );
    expect(
      deckWith('```widget request-journey\nscenario: static-file\nstart: nginx\n```').diagnostics.map(
        formatDiagnostic,
      ),
    ).toEqual([
      'deck.md:5: error: widget request-journey: prop "start": the static-file scenario never reaches nginx',
    ]);
  });
});
