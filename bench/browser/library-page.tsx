/**
 * Bench page for row 7's list: the real LibrarySidebar (React) with the app's CSS, fed the
 * generated library's summaries from `data.json`. `bench.renderList()` mounts it in a fresh
 * React root, synchronously, and times it to the end of its first frame.
 */
import '../../renderer/styles/index.css';
import { createRef } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import type { ArticleSummary } from '../../main/contract';
import { LibrarySidebar } from '../../renderer/library/LibrarySidebar';
import type { Client } from '../../renderer/api/client';
import { timeToFrame, frames } from './frame';

async function main(): Promise<void> {
  const articles = (await (await fetch('data.json')).json()) as ArticleSummary[];
  const host = document.createElement('div');
  host.className = 'app';
  document.body.append(host);
  let root: Root | null = null;
  const noop = () => {};
  // No query is typed, so the sidebar never calls the back end.
  const client = {} as Client;
  const searchRef = createRef<HTMLInputElement>();

  async function renderList(): Promise<number> {
    root?.unmount();
    host.replaceChildren();
    await frames(2);
    const fresh = createRoot(host);
    root = fresh;
    return timeToFrame(() => {
      flushSync(() =>
        fresh.render(
          <LibrarySidebar
            client={client}
            articles={articles}
            currentId={null}
            sortOrder="date"
            onSortOrder={noop}
            onOpen={noop}
            query=""
            onQuery={noop}
            searchRef={searchRef}
            onLeaveSearch={noop}
          />,
        ),
      );
    });
  }

  const rendered = () => host.querySelectorAll('[data-article-id]').length;
  // Untimed: the first render also compiles React's and the sidebar's code.
  await renderList();
  Object.assign(window, { bench: { renderList, rendered }, benchReady: true });
}

void main();
