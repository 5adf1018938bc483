/**
 * Which of a page's main-thread tasks ran the extension's own script, and for how long: read from a CDP trace
 * with V8's sampling profiler on. The Long Tasks API cannot say it: it does not name content scripts, and tasks
 * the test harness starts (a CDP evaluate) are not reported at all. A task counts as ours when at least one
 * profiler sample in it has a frame of the extension's scripts on its stack; its script time is those samples'.
 */
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: {
    name?: string;
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: Array<{ id: number; parent?: number; callFrame: { url?: string } }>;
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

export interface OurTasks {
  /** The longest task in which our script ran (its whole duration: the page's work in it too), ms. */
  longestTaskMs: number;
  /** Our script's time in that task, ms. */
  longestTaskScriptMs: number;
  /** The most script time of ours in any one task, ms. */
  mostScriptMs: number;
  /** All of our script's time in the trace, ms: the rest of the extra task time is the browser's work for us. */
  scriptMs: number;
  /** How many tasks ran our script, and how many were over 50 ms with our script at least half of them. */
  tasks: number;
  over50: number;
}

const CATEGORIES = ['toplevel', 'disabled-by-default-v8.cpu_profiler'].join(',');

/** Traces `during` on the page behind `cdp` and returns the tasks that ran scripts from `origin`. */
export async function traceOurTasks(cdp: CDPSession, origin: string, during: () => Promise<void>): Promise<OurTasks> {
  const events: TraceEvent[] = [];
  // Tracing's events are not in playwright-core's typed protocol: listened to by name.
  const session = cdp as unknown as {
    on(name: string, listener: (event: { value: TraceEvent[] }) => void): void;
    off(name: string, listener: (event: { value: TraceEvent[] }) => void): void;
    once(name: string, listener: () => void): void;
  };
  const collect = (event: { value: TraceEvent[] }) => events.push(...event.value);
  session.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', { categories: CATEGORIES, transferMode: 'ReportEvents' });
  try {
    await during();
  } finally {
    const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.end');
    await complete;
    session.off('Tracing.dataCollected', collect);
  }
  return ourTasks(events, origin);
}

/** The renderer main thread with the most tasks: the page's (the extension's worker runs elsewhere). */
function pageThread(events: TraceEvent[]): string | undefined {
  const mains = new Set(
    events
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const counts = new Map<string, number>();
  for (const event of events) {
    const thread = `${event.pid}:${event.tid}`;
    if (event.name === 'ThreadControllerImpl::RunTask' && mains.has(thread))
      counts.set(thread, (counts.get(thread) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

export function ourTasks(events: TraceEvent[], origin: string): OurTasks {
  const thread = pageThread(events);
  const none = { longestTaskMs: 0, longestTaskScriptMs: 0, mostScriptMs: 0, scriptMs: 0, tasks: 0, over50: 0 };
  if (!thread) return none;
  const onThread = (event: TraceEvent) => `${event.pid}:${event.tid}` === thread;

  // Top-level tasks, in order: each RunTask not inside the previous one.
  const tasks: Array<{ start: number; end: number; script: number }> = [];
  for (const event of events
    .filter((item) => item.name === 'ThreadControllerImpl::RunTask' && item.ph === 'X' && onThread(item))
    .sort((a, b) => a.ts - b.ts)) {
    const last = tasks[tasks.length - 1];
    if (last && event.ts < last.end) continue;
    tasks.push({ start: event.ts, end: event.ts + (event.dur ?? 0), script: 0 });
  }

  // The page thread's profile: its nodes (a node is ours when a frame on its stack is), then its samples in time.
  const profile = events.find((event) => event.name === 'Profile' && onThread(event));
  if (!profile) return none;
  const parent = new Map<number, number | undefined>();
  const url = new Map<number, string>();
  const samples: Array<{ node: number; at: number }> = [];
  let at = profile.args?.data?.startTime ?? profile.ts;
  for (const chunk of events.filter((event) => event.name === 'ProfileChunk' && event.id === profile.id)) {
    const data = chunk.args?.data;
    for (const node of data?.cpuProfile?.nodes ?? []) {
      parent.set(node.id, node.parent);
      url.set(node.id, node.callFrame.url ?? '');
    }
    const deltas = data?.timeDeltas ?? [];
    (data?.cpuProfile?.samples ?? []).forEach((node, index) => {
      at += deltas[index] ?? 0;
      samples.push({ node, at });
    });
  }
  const ours = new Map<number, boolean>();
  const isOurs = (node: number | undefined): boolean => {
    if (node === undefined) return false;
    const known = ours.get(node);
    if (known !== undefined) return known;
    const answer = (url.get(node) ?? '').startsWith(origin) || isOurs(parent.get(node));
    ours.set(node, answer);
    return answer;
  };

  // Each of our samples counts until the next sample, in the task it falls in: at most twice the sampling
  // interval (a sample followed by a pause is the last of a stretch) and never past the task's end.
  const gaps = samples.slice(1).map((sample, index) => sample.at - (samples[index] as { at: number }).at);
  const interval = gaps.sort((a, b) => a - b)[gaps.length >> 1] ?? 0;
  let task = 0;
  for (let index = 0; index < samples.length - 1; index++) {
    const sample = samples[index] as { node: number; at: number };
    if (!isOurs(sample.node)) continue;
    while (task < tasks.length && (tasks[task] as { end: number }).end < sample.at) task++;
    const current = tasks[task];
    if (!current || current.start > sample.at) continue;
    const next = (samples[index + 1] as { at: number }).at;
    current.script += Math.min(next, sample.at + 2 * interval, current.end) - sample.at;
  }
  const mine = tasks.filter((item) => item.script > 0);
  const longest = mine.reduce<(typeof mine)[number] | undefined>(
    (best, item) => (!best || item.end - item.start > best.end - best.start ? item : best),
    undefined,
  );
  return {
    longestTaskMs: longest ? (longest.end - longest.start) / 1000 : 0,
    longestTaskScriptMs: longest ? longest.script / 1000 : 0,
    mostScriptMs: Math.max(0, ...mine.map((item) => item.script / 1000)),
    scriptMs: mine.reduce((sum, item) => sum + item.script, 0) / 1000,
    tasks: mine.length,
    // A page's frame over 50 ms in which one of our observers ran for a millisecond is the page's long task.
    over50: mine.filter((item) => item.end - item.start > 50_000 && item.script * 2 >= item.end - item.start).length,
  };
}
