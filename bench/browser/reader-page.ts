/**
 * Bench page for rows 1–4: the reading pane with the app's own CSS, the real painter, hit
 * index, text map and viewport window, and the article plus annotations from `data.json`.
 * The pane exists twice: in the page itself (as the app has it) and inside a same-origin
 * iframe (the isolation experiment: the pane's document then sees none of the sidebar's DOM
 * changes). Node drives it through `window.bench` (see reader-actions.ts).
 */
import '../../renderer/styles/index.css';
import '../../renderer/annotations/annotations.css';
import './reader-page.css';
import { createReaderActions } from './reader-actions';
import type { ReaderData } from './reader-data';

type Actions = ReturnType<typeof createReaderActions>;

function layout(): { article: HTMLElement; scroller: HTMLElement; sidebar: HTMLElement; frame: HTMLIFrameElement } {
  document.body.innerHTML = `
    <div class="app">
      <nav class="library"><header class="library-header"><h1 class="app-name">Lectern</h1></header></nav>
      <section class="reader">
        <div class="reader-toolbar"></div><div class="progress-bar"></div>
        <main class="reader-scroll"><article class="article"></article></main>
        <iframe class="bench-pane" title="Isolated reading pane" hidden></iframe>
      </section>
      <aside class="annotations-area"><ul class="bench-cards"></ul></aside>
    </div>`;
  return {
    article: document.querySelector<HTMLElement>('article.article')!,
    scroller: document.querySelector<HTMLElement>('.reader-scroll')!,
    sidebar: document.querySelector<HTMLElement>('.bench-cards')!,
    frame: document.querySelector<HTMLIFrameElement>('iframe.bench-pane')!,
  };
}

/** Loads the iframe's document: the same stylesheet and a pane of its own. */
async function isolatedPane(frame: HTMLIFrameElement): Promise<{ article: HTMLElement; scroller: HTMLElement }> {
  const loaded = new Promise((done) => frame.addEventListener('load', done, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="stylesheet" href="${new URL('page.css', location.href)}"></head>
    <body style="margin:0"><main class="reader-scroll" style="height:100vh"><article class="article"></article></main></body></html>`;
  await loaded;
  const doc = frame.contentDocument!;
  return { article: doc.querySelector<HTMLElement>('article.article')!, scroller: doc.querySelector<HTMLElement>('.reader-scroll')! };
}

async function main(): Promise<void> {
  const data = (await (await fetch('data.json')).json()) as ReaderData;
  const els = layout();
  const direct = createReaderActions(data, els);
  const isolated = createReaderActions(data, { ...(await isolatedPane(els.frame)), sidebar: els.sidebar });
  let current: Actions = direct;

  /** Shows the pane in the page (false) or in the iframe (true). */
  function setIsolation(on: boolean): void {
    const next = on ? isolated : direct;
    if (next === current) return;
    current.reset();
    current = next;
    els.scroller.hidden = on;
    els.frame.hidden = !on;
  }

  const bench: Record<string, unknown> = { setIsolation };
  for (const name of Object.keys(direct) as Array<keyof Actions>) {
    bench[name] = (...args: unknown[]) => (current[name] as (...a: unknown[]) => unknown)(...args);
  }
  Object.assign(window, { bench, benchReady: true });
}

void main();
