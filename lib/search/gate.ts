// A counting gate: at most `max` tasks run at once in this process, the others wait in arrival order
// for at most `waitMs` and then fail with the caller's error. Similar-claims searches go through one
// so that, however many readers ask at once, they never hold more than a few of the pool's connections
// (decision 0023).

export type Gate = {
  run<T>(waitMs: number, onTimeout: () => Error, task: () => Promise<T>): Promise<T>;
  /** Tasks running and waiting now (for tests and diagnostics). */
  stats(): { running: number; waiting: number };
};

export function createGate(max: number): Gate {
  let running = 0;
  const waiting: (() => void)[] = [];

  function release() {
    const next = waiting.shift();
    // The slot passes straight to the next waiter, so `running` only drops when nobody waits.
    if (next) next();
    else running--;
  }

  return {
    async run(waitMs, onTimeout, task) {
      if (running < max) running++;
      else {
        await new Promise<void>((resolve, reject) => {
          const grant = () => {
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(() => {
            const i = waiting.indexOf(grant);
            if (i >= 0) waiting.splice(i, 1);
            reject(onTimeout());
          }, waitMs);
          waiting.push(grant);
        });
      }
      try {
        return await task();
      } finally {
        release();
      }
    },
    stats: () => ({ running, waiting: waiting.length }),
  };
}
