/**
 * localStorage that never throws. It may be missing, or throw on every access: a sandboxed frame,
 * a private window, storage disabled, the quota full. Then nothing is kept, and nothing breaks.
 */
export function safeLocalStorage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export function readStored(storage: Pick<Storage, 'getItem'> | null, key: string): string | null {
  try {
    return storage?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** False when the value could not be kept. */
export function writeStored(storage: Pick<Storage, 'setItem'> | null, key: string, value: string): boolean {
  try {
    storage?.setItem(key, value);
    return !!storage;
  } catch {
    return false;
  }
}

/** A Storage kept in memory for this page only: what a page gets where real storage is refused. */
export function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(String(key)) ?? null,
    setItem: (key, value) => void items.set(String(key), String(value)),
    removeItem: (key) => void items.delete(String(key)),
    clear: () => items.clear(),
  };
}

/**
 * reveal.js's scroll view keeps its scroll position in sessionStorage without guarding the
 * access, so storage that throws (a sandboxed frame, storage disabled) would stop read mode from
 * starting. There, the page gets a sessionStorage in memory: nothing survives a reload, as none
 * could. Working storage is left alone.
 */
export function guardSessionStorage(target: typeof globalThis = globalThis): void {
  try {
    if (target.sessionStorage) {
      target.sessionStorage.getItem('stack-tour');
      return;
    }
  } catch {
    // Refused: replaced below.
  }
  try {
    Object.defineProperty(target, 'sessionStorage', { value: memoryStorage(), configurable: true });
  } catch {
    // Not replaceable either: reveal's own use of it will fail, as before.
  }
}
