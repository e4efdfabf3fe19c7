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
