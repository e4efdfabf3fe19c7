/** "Did you mean …?" for a misspelt directive or option: the nearest known name, if it is close. */

/** Optimal string alignment distance: edits, counting a swap of two neighbours as one. */
export function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/**
 * The known name `word` most likely meant, or undefined. `endsnap` means `snapend` (GitPitch's
 * closers put `end` last, authors often put it first); otherwise the nearest name within a third
 * of its length (at least one edit, at most three).
 */
export function suggestName(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  if (lower.startsWith('end')) {
    const flipped = `${lower.slice(3)}end`;
    if (known.includes(flipped)) return flipped;
  }
  const limit = Math.min(3, Math.max(1, Math.floor(lower.length / 3)));
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = editDistance(lower, name);
    if (distance <= limit && (!best || distance < best.distance)) best = { name, distance };
  }
  return best && best.name !== word ? best.name : undefined;
}

/** `: did you mean @snapend?` or nothing; `prefix` is how the name is written (`@`, `?`). */
export function didYouMean(word: string, known: readonly string[], prefix = ''): string {
  const name = suggestName(word, known);
  return name ? `: did you mean ${prefix}${name}?` : '';
}
