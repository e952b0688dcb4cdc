/**
 * The 汇总 tab's Web Worker: reads and scores one picked file per message, off the pane's thread,
 * so the pane stays responsive and a hostile file can only fail its own entry.
 * Messages: {@link ScoreRequest} in, {@link ScoreReply} out (./xlsxWorkerClient.ts).
 */
import type { ScoreReply, ScoreRequest } from './xlsxWorkerClient';
import { scoreFileBytes } from './scoreFileBytes';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ScoreRequest>) => void) | null;
  postMessage: (reply: ScoreReply) => void;
};

scope.onmessage = ({ data }) => {
  try {
    scope.postMessage({ id: data.id, outcome: scoreFileBytes(data.bytes, data.name, data.lang, data.rules) });
  } catch (error) {
    scope.postMessage({ id: data.id, error: error instanceof Error ? error.message : String(error) });
  }
};
