/**
 * The speaker view's layouts (reveal.js's: default, wide, tall, notes only), chosen in a select
 * and remembered under reveal's own storage key, so a presenter's choice carries over.
 */

const LAYOUTS: Record<string, string> = {
  default: 'Default',
  wide: 'Wide',
  tall: 'Tall',
  'notes-only': 'Notes only',
};

const STORAGE_KEY = 'reveal-speaker-layout';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** A stored value is used only if it names a layout: anything else (corrupt, foreign) is ignored. */
export function storedLayout(value: string | null | undefined): string {
  return value && Object.hasOwn(LAYOUTS, value) ? value : 'default';
}

export function setupLayout(label: HTMLElement, select: HTMLSelectElement): void {
  for (const [id, title] of Object.entries(LAYOUTS)) select.append(new Option(title, id));
  const apply = (value: string): void => {
    label.textContent = `Layout: ${LAYOUTS[value]}`;
    select.value = value;
    document.body.dataset.speakerLayout = value;
    try {
      storage()?.setItem(STORAGE_KEY, value);
    } catch {
      // Storage full or blocked: the layout holds until the window closes.
    }
  };
  select.addEventListener('change', () => apply(storedLayout(select.value)));
  let saved: string | null = null;
  try {
    saved = storage()?.getItem(STORAGE_KEY) ?? null;
  } catch {
    // Blocked storage: the default layout.
  }
  apply(storedLayout(saved));
}
