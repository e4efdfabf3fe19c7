// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { notesFragment, notesTree, safeHref } from './notesContent.ts';
import { readMessage, readState, receiverUrl } from './protocol.ts';
import { notesFor } from './presenterLink.ts';
import { slideTimings, timeParts } from './timer.ts';
import { storedLayout } from './speakerLayout.ts';

const html = (markup: string): HTMLElement => {
  const div = document.createElement('div');
  div.innerHTML = markup;
  return div;
};

describe('notes travel as data, never as HTML', () => {
  it('keeps text and formatting, drops scripts, handlers and unsafe links', () => {
    const tree = notesTree(
      html(
        '<p>Say <em>hi</em><img src=x onerror="alert(1)"><script>alert(2)</script></p>' +
          '<a href="javascript:alert(3)">bad</a><a href="https://example.com/x">good</a><div>wrapped</div>',
      ),
    );
    expect(tree).toEqual([
      { tag: 'p', children: ['Say ', { tag: 'em', children: ['hi'] }] },
      { tag: 'a', children: ['bad'] },
      { tag: 'a', href: 'https://example.com/x', children: ['good'] },
      'wrapped',
    ]);
  });

  it('builds only kept tags from a received tree, whatever it claims', () => {
    const out = document.createElement('div');
    out.append(
      notesFragment([
        { tag: 'script', children: ['alert(1)'] },
        { tag: 'img', children: [] },
        { tag: 'a', href: 'javascript:alert(1)', children: ['x'] },
        { tag: 'strong', children: ['<b>not markup</b>', 42, null, { tag: 'em' }] },
      ]),
    );
    expect(out.innerHTML).toBe('<a>x</a><strong>&lt;b&gt;not markup&lt;/b&gt;<em></em></strong>');
    expect(notesFragment('<img src=x onerror=alert(1)>').childNodes).toHaveLength(0);
    expect(notesFragment({ tag: 'p' }).childNodes).toHaveLength(0);
  });

  it('allows http(s) and mailto links only', () => {
    expect(safeHref('/a', 'https://deck.example/')).toBe('https://deck.example/a');
    expect(safeHref('mailto:a@b.c', 'https://deck.example/')).toBe('mailto:a@b.c');
    expect(safeHref(' JavaScript:alert(1)', 'https://deck.example/')).toBeNull();
    expect(safeHref('data:text/html,x', 'https://deck.example/')).toBeNull();
  });

  it('picks the notes as reveal does: the current fragment’s, else the slide’s outside fragments', () => {
    const slide = html(
      '<p>x</p><aside class="notes"><p>slide</p></aside>' +
        '<span class="fragment"><aside class="notes">fragment</aside></span>',
    );
    expect(notesFor(slide)).toMatchObject({ notes: 'slide', whitespace: 'normal' });
    slide.querySelector('.fragment')!.classList.add('current-fragment');
    expect(notesFor(slide)).toMatchObject({ notes: 'fragment', notesTree: ['fragment'] });
    const plain = html('');
    plain.dataset.notes = '<b>text</b>';
    expect(notesFor(plain)).toEqual({ notes: '<b>text</b>', notesTree: null, whitespace: 'pre-wrap' });
  });
});

describe('the speaker view protocol', () => {
  it('reads messages without throwing', () => {
    expect(readMessage('{"type":"x"}')).toEqual({ type: 'x' });
    for (const bad of ['{x}', '[1]', '"s"', 'null', 42, null, { type: 'x' }, '{"a":1']) {
      expect(readMessage(bad)).toBeNull();
    }
    expect(readState({ indexh: 1, indexv: 0 })).toEqual({ indexh: 1, indexv: 0 });
    for (const bad of [
      { indexh: '1', indexv: 0 },
      { indexh: -1, indexv: 0 },
      { indexh: 1.5, indexv: 0 },
      [],
    ]) {
      expect(readState(bad)).toBeNull();
    }
  });

  it('loads preview frames from the deck’s own origin and path only', () => {
    const state = { indexh: 2, indexv: 1 };
    const url = receiverUrl(`${location.origin}/deck/?view=x#/9`, state, true)!;
    expect(url).toBe(
      `${location.origin}/deck/?receiver&progress=false&history=false&transition=none&autoSlide=0` +
        '&backgroundTransition=none&scrollActivationWidth=false&postMessageEvents=true#/2/1',
    );
    // The upcoming frame has no controls, and says when its deck is ready to be moved on.
    expect(receiverUrl(`${location.origin}/deck/`, state, false)).toMatch(
      /&controls=false&postMessageEvents=true#\/2\/1$/,
    );
    expect(receiverUrl('https://elsewhere.example/', state, true)).toBeNull();
    expect(receiverUrl('javascript:alert(1)', state, false)).toBeNull();
  });
});

describe('the timer', () => {
  it('paces nothing unless the deck sets timings', () => {
    expect(slideTimings([{}, {}], {})).toBeNull();
    expect(slideTimings([{}, { 'data-timing': '30' }], { defaultTiming: 60 })?.timings).toEqual([60, 30]);
    // A total time is shared by the slides without their own timing.
    expect(slideTimings([{}, { 'data-timing': '30' }, {}], { totalTime: 130 })?.timings).toEqual([
      50, 30, 50,
    ]);
    expect(slideTimings([{ 'data-timing': 'x' }], { defaultTiming: 5, minimumTimePerSlide: 10 })).toEqual({
      timings: [5],
      underMinimum: 1,
    });
  });

  it('splits durations into hours, minutes and seconds', () => {
    expect(timeParts(3_723_000)).toEqual({ sign: '', hours: 1, minutes: 2, seconds: 3 });
    expect(timeParts(-61_000)).toEqual({ sign: '-', hours: 0, minutes: 1, seconds: 1 });
  });

  it('ignores a stored layout it does not know', () => {
    expect(storedLayout('tall')).toBe('tall');
    for (const bad of [null, '', 'constructor', '<img src=x>']) expect(storedLayout(bad)).toBe('default');
  });
});
