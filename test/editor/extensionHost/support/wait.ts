/**
 * Waiting on the editor: a condition re-checked whenever one of the given events fires, with a bound.
 * The failure names what was awaited and what was last seen.
 */
import type * as vscode from 'vscode';

export const DEFAULT_TIMEOUT_MS = 30_000;

export interface WaitOptions {
  timeoutMs?: number;
  /** The state to report if the wait times out. */
  describe?: () => string;
}

/** Resolves with the first value `probe` returns other than undefined: now, or after one of `events`. */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  events: ReadonlyArray<vscode.Event<unknown>>,
  options: WaitOptions = {},
): Promise<T> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let settled = false;
    const settle = (action: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      for (const subscription of subscriptions) subscription.dispose();
      action();
    };
    const check = (): void => {
      try {
        const value = probe();
        if (value !== undefined) settle(() => resolve(value));
      } catch (error) {
        settle(() => reject(error instanceof Error ? error : new Error(String(error))));
      }
    };
    const timer = setTimeout(() => {
      const state = options.describe ? `; last seen: ${options.describe()}` : '';
      settle(() => reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}${state}`)));
    }, timeoutMs);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** The first event that satisfies `accept`, with a bound. Subscribe before causing the event. */
export function nextEvent<E>(
  what: string,
  event: vscode.Event<E>,
  accept: (e: E) => boolean,
  timeoutMs = DEFAULT_TIMEOUT_MS,
): Promise<E> {
  return new Promise<E>((resolve, reject) => {
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`));
    }, timeoutMs);
    const subscription = event((e) => {
      if (!accept(e)) return;
      clearTimeout(timer);
      subscription.dispose();
      resolve(e);
    });
  });
}
