/**
 * GitPitch 4's block syntax (grid layout blocks `[drag=…, drop=…]`, `![drag=…](…)` pictures,
 * `@code[lang](path)`), rewritten into lines the rest of the parser already understands.
 * (Stub: filled in by the GitPitch 4 work of issue 18.)
 */
import type { SourceLine } from './deckTypes.ts';

export interface GitPitch4Context {
  /** The slide's file, deck-relative. */
  file: string;
  /** Text of a deck-relative file, or undefined. */
  read(path: string): string | undefined;
  exists(path: string): boolean;
  warn(line: number, message: string): void;
  error(line: number, message: string): void;
}

/** The slide's lines with GitPitch 4 blocks rewritten; lines it does not know pass unchanged. */
export function expandGitPitch4(lines: SourceLine[], ctx: GitPitch4Context): SourceLine[] {
  void ctx;
  return lines;
}
