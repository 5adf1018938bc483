/**
 * Which tasks ran our script, read from a trace: a hand-made trace of a page's main thread with three tasks and
 * V8's samples in two profile chunks.
 */
import { describe, expect, it } from 'vitest';
import { ourTasks } from './our-tasks.ts';

const ORIGIN = 'chrome-extension://abc/';
const PAGE = { pid: 1, tid: 10 };
const WORKER = { pid: 2, tid: 20 };

/** A top-level task from `startMs` lasting `ms`, on `thread`. */
const task = (startMs: number, ms: number, thread = PAGE) => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  ...thread,
  ts: startMs * 1000,
  dur: ms * 1000,
});

/** `ours` samples of our script, 1 ms apart, from 100 ms, in a task of `passMs` there. */
function trace(ours = 20, passMs = 30) {
  return [
    { name: 'thread_name', ph: 'M', ...PAGE, ts: 0, args: { name: 'CrRendererMain' } },
    { name: 'thread_name', ph: 'M', ...WORKER, ts: 0, args: { name: 'ServiceWorkerThread' } },
    // The page's own long task (its layout), where one of our observers ran for 1 ms.
    task(0, 80),
    // Our pass: 30 ms, 20 of them our script.
    task(100, passMs),
    // A task inside the first one's span is not another top-level task.
    task(10, 5),
    // The page's script only.
    task(200, 60),
    task(0, 500, WORKER),
    { name: 'Profile', ph: 'P', ...PAGE, ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...PAGE,
      ts: 0,
      id: '0x1',
      args: {
        data: {
          cpuProfile: {
            nodes: [
              { id: 1, callFrame: { url: '' } },
              { id: 2, parent: 1, callFrame: { url: `${ORIGIN}annotator.js` } },
              // A DOM call made by our script: ours through its parent.
              { id: 3, parent: 2, callFrame: { url: '' } },
              { id: 4, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js' } },
            ],
            // At 40 ms one sample of ours (until the next, at 41 ms); from 100 ms, 20 samples of ours 1 ms apart.
            samples: [1, 2, 1, ...Array.from({ length: ours }, (_, index) => (index % 2 ? 3 : 2)), 1],
          },
          timeDeltas: [39_000, 1000, 1000, 59_000, ...Array.from({ length: ours }, () => 1000)],
        },
      },
    },
    {
      name: 'ProfileChunk',
      ph: 'P',
      ...PAGE,
      ts: 0,
      id: '0x1',
      args: { data: { cpuProfile: { samples: [4, 4, 4, 1] }, timeDeltas: [80_000, 1000, 1000, 1000] } },
    },
  ];
}

describe('our tasks in a trace', () => {
  it('counts a task as ours by the samples in it, our time by theirs, and a long task as ours only when it mostly is', () => {
    const found = ourTasks(trace() as Parameters<typeof ourTasks>[0], ORIGIN);
    // 20 samples of ours, 1 ms each, in the 30 ms task; the page's script (at 200 ms) is not ours.
    expect(found.tasks).toBe(2);
    expect(found.mostScriptMs).toBe(20);
    expect(found.scriptMs).toBe(21);
    // The longest task that ran ours is the page's 80 ms layout, with 1 ms of ours in it.
    expect(found.longestTaskMs).toBe(80);
    expect(found.longestTaskScriptMs).toBe(1);
    // Neither is a long task of ours: the 80 ms one is the page's, the 30 ms one is short.
    expect(found.over50).toBe(0);
  });

  it('counts a task over 50 ms as ours when our script is at least half of it', () => {
    const events = (ours: number, passMs: number) => trace(ours, passMs) as Parameters<typeof ourTasks>[0];
    // 20 ms of ours in 55 ms: a long task, mostly the page's.
    expect(ourTasks(events(20, 55), ORIGIN).over50).toBe(0);
    // 40 ms of ours in 60 ms: ours.
    expect(ourTasks(events(40, 60), ORIGIN)).toMatchObject({ over50: 1, mostScriptMs: 40 });
  });

  it('finds nothing of ours in a trace without our script', () => {
    const events = JSON.parse(JSON.stringify(trace()).replaceAll(ORIGIN, 'https://elsewhere/'));
    expect(ourTasks(events, ORIGIN)).toMatchObject({ tasks: 0, mostScriptMs: 0, longestTaskMs: 0 });
  });
});
