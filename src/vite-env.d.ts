/// <reference types="vite/client" />

/** The deck's own stylesheets (src/build/deckStyles.ts): PITCHME.css, KaTeX's when it has maths. */
declare module 'virtual:deck-styles' {}
