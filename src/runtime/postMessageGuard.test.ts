import { describe, expect, it } from 'vitest';
import { isAllowedOrigin, isSafeForReveal } from './postMessageGuard.ts';

describe('messages reveal would act on', () => {
  it('lets through calls reveal can make', () => {
    expect(isSafeForReveal(JSON.stringify({ method: 'slide', args: [2, 3] }))).toBe(true);
    expect(isSafeForReveal(JSON.stringify({ method: 'navigateFragment', args: [-1] }))).toBe(true);
    expect(isSafeForReveal(JSON.stringify({ method: 'next' }))).toBe(true);
    expect(isSafeForReveal(JSON.stringify({ method: 'togglePause', args: [true] }))).toBe(true);
  });

  it('stops broken JSON, non-array args and indices that are not numbers', () => {
    expect(isSafeForReveal('{"method": "slide", "args": [1,}')).toBe(false);
    expect(isSafeForReveal(JSON.stringify({ method: 'slide', args: '2' }))).toBe(false);
    expect(isSafeForReveal(JSON.stringify({ method: 'slide', args: ['<img src=x>', 1] }))).toBe(false);
    expect(isSafeForReveal(JSON.stringify({ method: 'navigateFragment', args: [{}] }))).toBe(false);
  });

  it('leaves other messages alone: ours, the speaker view’s, anything not a call', () => {
    expect(isSafeForReveal({ type: 'stack-tour:height', height: 400 })).toBe(true);
    expect(isSafeForReveal('hello')).toBe(true);
    expect(isSafeForReveal(JSON.stringify({ namespace: 'reveal-notes', type: 'state' }))).toBe(true);
  });

  it('trusts our own origin and the listed ones only', () => {
    expect(isAllowedOrigin('https://deck.example', 'https://deck.example', [])).toBe(true);
    expect(isAllowedOrigin('https://wiki.example', 'https://deck.example', ['https://wiki.example'])).toBe(
      true,
    );
    expect(isAllowedOrigin('https://evil.example', 'https://deck.example', ['https://wiki.example'])).toBe(
      false,
    );
  });
});
