/**
 * GitHub's emoji shortcodes (`:rocket:`, `@emoji[rocket]`), from gemoji: GitHub's own list, the
 * one GitPitch decks were written against. Build-time only: the page gets the emoji as text.
 */
import { nameToEmoji } from 'gemoji';

/** The emoji for a shortcode name (`smile`, `:smile:`), or undefined. */
export function emojiFor(name: string): string | undefined {
  const key = name.replace(/^:|:$/g, '').toLowerCase();
  return Object.hasOwn(nameToEmoji, key) ? nameToEmoji[key] : undefined;
}
