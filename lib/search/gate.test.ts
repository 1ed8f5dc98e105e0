import { describe, expect, it } from "vitest";
import { createGate } from "@/lib/search/gate";

const later = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
};
const tick = () =>
  new Promise((r) => {
    setTimeout(r, 5);
  });

describe("createGate", () => {
  it("runs at most `max` tasks at once and starts the others in arrival order as slots free up", async () => {
    const gate = createGate(2);
    const started: number[] = [];
    const blockers = [later(), later(), later(), later()];
    const runs = blockers.map((b, i) =>
      gate.run(
        1000,
        () => new Error("timeout"),
        async () => {
          started.push(i);
          await b.promise;
          return i;
        },
      ),
    );
    await tick();
    expect(started).toEqual([0, 1]);
    expect(gate.stats()).toEqual({ running: 2, waiting: 2 });
    blockers[1]!.resolve();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    blockers[0]!.resolve();
    blockers[2]!.resolve();
    blockers[3]!.resolve();
    expect(await Promise.all(runs)).toEqual([0, 1, 2, 3]);
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });

  it("fails a task that waited too long with the caller's error, without running it, and frees its place", async () => {
    const gate = createGate(1);
    const blocker = later();
    const first = gate.run(
      1000,
      () => new Error("timeout"),
      () => blocker.promise,
    );
    let ran = false;
    const second = gate.run(
      10,
      () => new Error("took too long"),
      async () => {
        ran = true;
      },
    );
    await expect(second).rejects.toThrow("took too long");
    expect(ran).toBe(false);
    expect(gate.stats()).toEqual({ running: 1, waiting: 0 });
    blocker.resolve();
    await first;
    await expect(
      gate.run(
        10,
        () => new Error("timeout"),
        async () => "ok",
      ),
    ).resolves.toBe("ok");
  });

  it("frees the slot when a task fails", async () => {
    const gate = createGate(1);
    await expect(
      gate.run(
        10,
        () => new Error("timeout"),
        async () => {
          throw new Error("boom");
        },
      ),
    ).rejects.toThrow("boom");
    expect(gate.stats()).toEqual({ running: 0, waiting: 0 });
  });
});
