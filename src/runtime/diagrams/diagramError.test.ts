// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { showDiagramError, sourceLineOf } from './diagramError.ts';

describe('diagram errors', () => {
  it('maps the line mermaid names to the line of the slide file', () => {
    expect(sourceLineOf('Parse error on line 5:\n...', 62)).toBe(66);
    expect(sourceLineOf('No diagram type detected', 62)).toBe(62);
  });

  it('replaces the diagram with a readable card that names file and line', () => {
    const target = document.createElement('div');
    target.dataset.file = 'slides/02-request.md';
    target.dataset.line = '14';
    target.setAttribute('role', 'img');
    target.innerHTML = '<pre class="mermaid-source">flowchart LR</pre>';
    showDiagramError(target, 'Parse error on line 2: <b>bad</b>');
    const card = target.querySelector('[role="alert"]');
    expect(card?.textContent).toContain('Diagram error at slides/02-request.md:15');
    // The message is text, never HTML.
    expect(card?.querySelector('b')).toBeNull();
    expect(target.dataset.rendered).toBe('error');
    expect(target.getAttribute('role')).toBeNull();
  });
});
