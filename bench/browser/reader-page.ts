/**
 * Bench page for rows 1–4: the reading pane with the app's own CSS, the real painter,
 * hit index and text map, and the article plus annotations from `data.json`. Node drives it
 * through `window.bench` (see reader-actions.ts for the measured actions).
 */
import '../../renderer/styles/index.css';
import '../../renderer/annotations/annotations.css';
import './reader-page.css';
import { createReaderActions } from './reader-actions';
import type { ReaderData } from './reader-data';

function layout(): { article: HTMLElement; scroller: HTMLElement; sidebar: HTMLElement } {
  document.body.innerHTML = `
    <div class="app">
      <nav class="library"><header class="library-header"><h1 class="app-name">Lectern</h1></header></nav>
      <section class="reader">
        <div class="reader-toolbar"></div><div class="progress-bar"></div>
        <main class="reader-scroll"><article class="article"></article></main>
      </section>
      <aside class="annotations-area"><ul class="bench-cards"></ul></aside>
    </div>`;
  return {
    article: document.querySelector<HTMLElement>('article.article')!,
    scroller: document.querySelector<HTMLElement>('.reader-scroll')!,
    sidebar: document.querySelector<HTMLElement>('.bench-cards')!,
  };
}

async function main(): Promise<void> {
  const data = (await (await fetch('data.json')).json()) as ReaderData;
  const actions = createReaderActions(data, layout());
  Object.assign(window, { bench: actions, benchReady: true });
}

void main();
