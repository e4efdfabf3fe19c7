import { describe, expect, it } from 'vitest';
import { readStored, writeStored } from './safeStorage.ts';

const throwing = {
  getItem: () => {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('storage that fails', () => {
  it('reads nothing and keeps nothing, without throwing', () => {
    expect(readStored(throwing, 'k')).toBeNull();
    expect(writeStored(throwing, 'k', 'v')).toBe(false);
    expect(readStored(null, 'k')).toBeNull();
    expect(writeStored(null, 'k', 'v')).toBe(false);
  });

  it('reads back what it kept', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(writeStored(storage, 'k', 'v')).toBe(true);
    expect(readStored(storage, 'k')).toBe('v');
  });
});
