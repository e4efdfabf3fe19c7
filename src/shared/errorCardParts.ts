/**
 * The error card's class names and role (shared/errorCard.ts writes it as HTML, runtime/errorCard.ts
 * as DOM nodes). A module of its own, importing nothing: the deck's first script needs only these
 * names, and a shared module with dependencies would be split into a chunk of its own (one more
 * request before the first slide).
 */
export const ERROR_CARD = { className: 'deck-error', titleClassName: 'deck-error-title', role: 'alert' };
