/**
 * reveal.js finds a stack's slides with `querySelectorAll('section')`: a <section> rendered by a
 * widget inside a stack becomes a phantom slide, and the slides after it are hidden (display:
 * none, inert) once the widget has been shown. Widgets use a div with a role instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function viewFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return viewFiles(path);
    return entry.name.endsWith('.tsx') && !entry.name.includes('.test.') ? [path] : [];
  });
}

describe('widget views', () => {
  it('render no <section> element', () => {
    const offenders = viewFiles(import.meta.dirname).filter((file) =>
      /<section[\s>]/.test(readFileSync(file, 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
