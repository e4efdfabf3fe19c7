import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/jetbrains-mono/latin-400.css';
import './theme/theme.css';
import './theme/gitpitch.css';
import { startDeck } from './runtime/startDeck.ts';

void startDeck(document.querySelector<HTMLElement>('.reveal')!);
