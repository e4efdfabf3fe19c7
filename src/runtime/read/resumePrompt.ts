/**
 * "Resume at Auto-scaling?": a small panel, first in the tab order, with Resume and Start over.
 * It is not modal: reading on without answering is fine.
 */
import '../deckButton.css';

export function offerResume(title: string, answer: (accepted: boolean) => void): HTMLElement {
  const panel = document.createElement('section');
  panel.className = 'resume-offer';
  panel.setAttribute('aria-label', 'Resume reading');
  const text = document.createElement('p');
  text.textContent = `Resume at ${title}?`;
  const resume = document.createElement('button');
  resume.type = 'button';
  resume.textContent = 'Resume';
  resume.className = 'deck-button filled';
  const restart = document.createElement('button');
  restart.type = 'button';
  restart.textContent = 'Start over';
  restart.className = 'deck-button';
  const close = (accepted: boolean): void => {
    panel.remove();
    answer(accepted);
  };
  resume.addEventListener('click', () => close(true));
  restart.addEventListener('click', () => close(false));
  panel.append(text, resume, restart);
  document.body.prepend(panel);
  return panel;
}
