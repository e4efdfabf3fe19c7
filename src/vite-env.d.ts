/// <reference types="vite/client" />

declare module 'virtual:deck' {
  import type { SourceRef } from './parser/deckTypes.ts';
  export const deck: {
    title: string;
    slides: { title: string; id?: string; source: SourceRef; kind: 'horizontal' | 'vertical' }[];
  };
}
