/**
 * The pane's side of the 汇总 worker (./xlsxWorker.ts): one worker, started on first use and kept,
 * scoring one file per request. If the worker dies, the files it had fail with the reason and the
 * next request starts a new one.
 */
import type { Lang, Outcome, RuleSet } from '../core';

export interface ScoreRequest {
  readonly id: number;
  readonly bytes: ArrayBuffer;
  readonly name: string;
  readonly lang: Lang;
  readonly rules: RuleSet;
}

export type ScoreReply =
  { readonly id: number; readonly outcome: Outcome } | { readonly id: number; readonly error: string };

interface Pending {
  readonly resolve: (outcome: Outcome) => void;
  readonly reject: (error: Error) => void;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, Pending>();

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(
    /* webpackChunkName: "xlsx-worker" */ new URL('./xlsxWorker.ts', import.meta.url),
  );
  created.onmessage = ({ data }: MessageEvent<ScoreReply>) => {
    const waiting = pending.get(data.id);
    pending.delete(data.id);
    if (!waiting) return;
    if ('outcome' in data) waiting.resolve(data.outcome);
    else waiting.reject(new Error(data.error));
  };
  created.onerror = (event) => {
    event.preventDefault();
    created.terminate();
    worker = null;
    const failure = new Error(event.message || 'the reading worker stopped');
    for (const waiting of pending.values()) waiting.reject(failure);
    pending.clear();
  };
  worker = created;
  return created;
}

/** Scores `bytes` in the worker (the buffer is transferred, not copied: do not use it afterwards). */
export function scoreInWorker(
  bytes: ArrayBuffer,
  name: string,
  lang: Lang,
  rules: RuleSet,
): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    const request: ScoreRequest = { id, bytes, name, lang, rules };
    started().postMessage(request, [bytes]);
  });
}
