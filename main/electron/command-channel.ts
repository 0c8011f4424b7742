/**
 * Delivers shell commands (menu items, deep links) to the renderer. Commands that
 * arrive before the page listens (a deep link on first launch, a reload) are queued
 * and sent once the page says it is ready, so none is lost or sent into the void.
 */
import type { AppCommand } from './commands.js';

/** Most commands kept while the page is not listening; older ones are dropped first. */
const MAX_QUEUED = 20;

export class CommandChannel {
  private ready = false;
  private readonly queue: AppCommand[] = [];

  /** `send` delivers one command to the page (webContents.send). */
  constructor(private readonly send: (command: AppCommand) => void) {}

  /** Sends now when the page listens, otherwise queues. */
  post(command: AppCommand): void {
    if (this.ready) {
      this.send(command);
      return;
    }
    this.queue.push(command);
    if (this.queue.length > MAX_QUEUED) this.queue.shift();
  }

  /** The page subscribed: deliver what waited, in order. */
  markReady(): void {
    this.ready = true;
    for (const command of this.queue.splice(0)) this.send(command);
  }

  /** The page is (re)loading: hold commands until it subscribes again. */
  markNotReady(): void {
    this.ready = false;
  }

  /** How many commands wait for the page. */
  get pending(): number {
    return this.queue.length;
  }
}
