/**
 * Wraps the API so each mutating method, once it succeeded, announces what it changed on the
 * bus, naming the client that called it. A failed call changed nothing and announces nothing.
 */
import type { LecternApi, MethodName } from '../../contract.js';
import type { ChangeBus, ChangeOrigin } from './change-bus.js';
import type { ChangeRule, ChangeTable } from './change-table.js';

type AnyHandler = (input: unknown) => Promise<unknown>;
type AnyRule = ChangeRule<MethodName> & { before?(input: unknown): unknown; change(input: unknown, output: unknown, before: unknown): ReturnType<ChangeRule<MethodName>['change']> };

function announcing(handler: AnyHandler, rule: AnyRule, bus: ChangeBus, origin: ChangeOrigin): AnyHandler {
  return async (input) => {
    const before = rule.before?.(input);
    const output = await handler(input);
    const change = rule.change(input, output, before);
    if (change) bus.announce(change, origin);
    return output;
  };
}

/** The API as called by `origin`: the same handlers, the mutating ones announcing on `bus`. */
export function announcingApi(api: LecternApi, table: ChangeTable, bus: ChangeBus, origin: ChangeOrigin): LecternApi {
  const wrapped: Record<string, AnyHandler> = { ...(api as unknown as Record<string, AnyHandler>) };
  for (const method of Object.keys(table) as MethodName[]) {
    const rule = table[method] as AnyRule | null;
    if (rule) wrapped[method] = announcing(wrapped[method], rule, bus, origin);
  }
  return wrapped as unknown as LecternApi;
}

/** Most per-client views kept; a client that sends many ids only empties the cache, never grows it. */
const MAX_CLIENT_VIEWS = 64;

/** Hands out the API per calling client, each view built once and kept while few clients call. */
export function clientViews(api: LecternApi, table: ChangeTable, bus: ChangeBus): (clientId: string) => LecternApi {
  const views = new Map<string, LecternApi>();
  return (clientId) => {
    let view = views.get(clientId);
    if (!view) {
      if (views.size >= MAX_CLIENT_VIEWS) views.clear();
      view = announcingApi(api, table, bus, clientId);
      views.set(clientId, view);
    }
    return view;
  };
}
