// Files written behind the renderer (src/output.ts writeBehind): in the order given, one at a time, with a bounded
// queue, the first failure reported and nothing written after it; and a build never returns with a write under way.
import { describe, expect, it } from 'vitest';
import { buildPapers } from '../src/build.js';
import { resolveConfig } from '../src/config.js';
import { writeBehind, type PaperSink } from '../src/output.js';

/** A sink whose writes finish only when the test says, recording what it was asked and what it finished. */
function heldSink(failOn?: string) {
  const started: string[] = [];
  const finished: string[] = [];
  const releases: (() => void)[] = [];
  let busy = 0;
  let mostAtOnce = 0;
  const sink: PaperSink = {
    put: (name) =>
      new Promise<void>((resolve, reject) => {
        started.push(name);
        busy += 1;
        mostAtOnce = Math.max(mostAtOnce, busy);
        releases.push(() => {
          busy -= 1;
          if (name === failOn) reject(new Error(`disk full writing ${name}`));
          else {
            finished.push(name);
            resolve();
          }
        });
      }),
  };
  const releaseNext = async (): Promise<void> => {
    await new Promise((r) => setImmediate(r));
    releases.shift()?.();
    await new Promise((r) => setImmediate(r));
  };
  return { sink, started, finished, releaseNext, mostAtOnce: () => mostAtOnce };
}

const bytes = new Uint8Array([1]);

describe('writeBehind', () => {
  it('writes one file at a time, in the order given, and lets the caller go on until `ahead` files wait', async () => {
    const held = heldSink();
    const writes = writeBehind(held.sink, 2);
    let queued = 0;
    const putting = (async () => {
      for (const name of ['a', 'b', 'c', 'd', 'e']) {
        await writes.put(name, bytes);
        queued += 1;
      }
    })();
    await new Promise((r) => setImmediate(r));
    // 'a' is being written; 'b' and 'c' wait; putting 'c' waits for 'a'.
    expect({ started: held.started, queued }).toEqual({ started: ['a'], queued: 2 });
    for (let i = 0; i < 5; i += 1) await held.releaseNext();
    await putting;
    await writes.settled();
    expect({ finished: held.finished, written: writes.written, mostAtOnce: held.mostAtOnce() }).toEqual({ finished: ['a', 'b', 'c', 'd', 'e'], written: ['a', 'b', 'c', 'd', 'e'], mostAtOnce: 1 });
  });

  it('reports the first failure, from put or settled, and writes nothing after it', async () => {
    const held = heldSink('b');
    const writes = writeBehind(held.sink, 1);
    await writes.put('a', bytes);
    const putC = writes.put('b', bytes).then(() => writes.put('c', bytes));
    putC.catch(() => undefined); // checked below, once the writes are released
    await held.releaseNext(); // a written
    await held.releaseNext(); // b fails
    await expect(putC).rejects.toThrow('disk full writing b');
    await expect(writes.settled()).rejects.toThrow('disk full writing b');
    expect({ started: held.started, written: writes.written }).toEqual({ started: ['a', 'b'], written: ['a'] });
  });

  it('settles at once with nothing queued', async () => {
    await expect(writeBehind(heldSink().sink).settled()).resolves.toBeUndefined();
  });
});

describe('a build writing behind', () => {
  it('returns only after every write has finished, with the names in the order rendered', async () => {
    const finished: string[] = [];
    const sink: PaperSink = { put: (name) => new Promise((r) => setTimeout(() => r(void finished.push(name)), name.endsWith('.pdf') ? 15 : 1)) };
    const result = await buildPapers({ data: 'data/sample-scorecard.xlsx', papers: ['summary', 'cabinet'], formats: ['docx', 'pdf'], config: resolveConfig({}), date: '2017-01-12', stage: () => sink });
    expect(result.names).toEqual(['performance-summary-2009-10-Q3.docx', 'performance-summary-2009-10-Q3.pdf', 'cabinet-paper-2009-10-Q3.docx', 'cabinet-paper-2009-10-Q3.pdf']);
    expect(finished).toEqual(result.names);
  });

  it('when a paper fails to render, waits for the write under way before failing, and writes nothing after', async () => {
    let writing = 0;
    const events: string[] = [];
    const sink: PaperSink = {
      put: async (name) => {
        writing += 1;
        await new Promise((r) => setTimeout(r, 20));
        events.push(`wrote ${name}`);
        writing -= 1;
      },
    };
    const failing = buildPapers({
      data: 'data/sample-scorecard.xlsx',
      papers: ['summary', 'cabinet'],
      formats: ['docx', 'pdf'],
      config: resolveConfig({}),
      date: '2017-01-12',
      stage: () => sink,
      onFile: (name) => {
        events.push(`rendered ${name}`);
        if (name.endsWith('.pdf')) throw new Error('renderer failed');
      },
    });
    await expect(failing).rejects.toThrow('renderer failed');
    expect(writing).toBe(0);
    expect(events).toEqual(['rendered performance-summary-2009-10-Q3.docx', 'rendered performance-summary-2009-10-Q3.pdf', 'wrote performance-summary-2009-10-Q3.docx', 'wrote performance-summary-2009-10-Q3.pdf']);
  });
});
