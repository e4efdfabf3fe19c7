/** The `?key=value&…` part of a GitPitch delimiter (`---?image=a.png&size=contain`). */
import { didYouMean } from './suggest.ts';
import { SLIDE_OPTION_KEYS, type Diagnostic, type SlideOptionKey, type SlideOptions } from './deckTypes.ts';

const KNOWN = new Set<string>(SLIDE_OPTION_KEYS);

/** reveal.js's transition names; each may carry an `-in`/`-out` suffix. */
export const TRANSITIONS = ['none', 'fade', 'slide', 'convex', 'concave', 'zoom'];

export function isTransition(value: string): boolean {
  return value.split(/\s+/).every((part) => TRANSITIONS.includes(part.replace(/-(in|out)$/, '')));
}

export function parseOptions(
  text: string,
  file: string,
  line: number,
): { options: SlideOptions; diagnostics: Diagnostic[] } {
  const options: SlideOptions = {};
  const diagnostics: Diagnostic[] = [];
  const error = (message: string): void => {
    diagnostics.push({ file, line, severity: 'error', message });
  };
  const warn = (message: string): void => {
    diagnostics.push({ file, line, severity: 'warning', message });
  };
  if (text.trim() === '') {
    warn('nothing after "?": read as a plain delimiter (write e.g. ?image=assets/picture.png)');
    return { options, diagnostics };
  }
  for (const part of text.split('&')) {
    const eq = part.indexOf('=');
    const key = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? '' : part.slice(eq + 1).trim();
    if (key === '' && value === '') continue; // `?image=a.png&` and `&&`: nothing there
    if (key === '') {
      error(`malformed option "${part}": expected key=value`);
      continue;
    }
    if (!KNOWN.has(key)) {
      // GitPitch options we do not have (`?layout=`, `?survey=`, …) change looks, not content.
      warn(
        `option "${key}" is not supported: ignored${didYouMean(key, SLIDE_OPTION_KEYS, '?')} (supported: ${SLIDE_OPTION_KEYS.join(', ')})`,
      );
      continue;
    }
    if (eq < 0 || value === '') {
      error(`malformed option "${part}": "${key}" needs a value, as in ${key}=…`);
      continue;
    }
    if (key === 'transition' && !isTransition(value)) {
      error(`malformed option "${part}": transition must be one of ${TRANSITIONS.join(', ')}`);
      continue;
    }
    if (key in options) {
      // GitPitch read the first one (DelimParams.get takes the first match).
      warn(`option "${key}" is given twice: the first one is used`);
      continue;
    }
    options[key as SlideOptionKey] = value;
  }
  if (options.gist !== undefined) {
    warn('?gist= needs the network at run time: the slide shows a link card to the gist');
  }
  return { options, diagnostics };
}
