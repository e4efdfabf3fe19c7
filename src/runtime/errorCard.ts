/** The card that stands where something failed at run time; text only, never HTML. */
export function showErrorCard(target: HTMLElement, title: string, detail: string): void {
  const card = document.createElement('div');
  card.className = 'deck-error';
  card.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'deck-error-title';
  heading.textContent = title;
  const pre = document.createElement('pre');
  pre.textContent = detail;
  card.append(heading, pre);
  target.replaceChildren(card);
}
