import { move, transferableSymbol, valueSymbol } from "piscina";
import { setQueryOnly } from "@/db/queries/connection";
import { plainFault, serializeError, type WorkerAnswer } from "./answers";
import { bytesIn, readsOnly, runTask, type PoolTask } from "./tasks";

// The entry of a worker thread of the pool (lib/workers/pool.ts), bundled on its own by `next build`
// (scripts/build-worker.js). Each thread opens its own connection on its first task and keeps its own
// results (lib/services/cache.ts) until a write changes them, as the server does.

export default async function work(task: PoolTask) {
  setQueryOnly(readsOnly(task));
  let answer: WorkerAnswer;
  let transfer: ArrayBuffer[] = [];
  try {
    const value = await runTask(task);
    answer = { ok: true, value };
    transfer = bytesIn(task, value).map((b) => b.buffer as ArrayBuffer);
  } catch (error) {
    const serialized = serializeError(error);
    if (!serialized) throw plainFault(error);
    answer = { ok: false, error: serialized };
  }
  if (transfer.length === 0) return answer;
  // Piscina's protocol for an answer that carries transferables inside it.
  return move({ [transferableSymbol]: transfer, [valueSymbol]: answer });
}
