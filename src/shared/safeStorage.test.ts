import { describe, expect, it } from 'vitest';
import { guardSessionStorage, memoryStorage, readStored, writeStored } from './safeStorage.ts';

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

  it('gives reveal a sessionStorage in memory where the real one throws, and leaves a working one', () => {
    const refusing = {} as typeof globalThis;
    Object.defineProperty(refusing, 'sessionStorage', {
      configurable: true,
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
    guardSessionStorage(refusing);
    refusing.sessionStorage.setItem('reveal-scroll-top', '120');
    expect(refusing.sessionStorage.getItem('reveal-scroll-top')).toBe('120');
    expect(refusing.sessionStorage.length).toBe(1);

    const working = { sessionStorage: memoryStorage() } as unknown as typeof globalThis;
    const before = working.sessionStorage;
    guardSessionStorage(working);
    expect(working.sessionStorage).toBe(before);
  });
});
