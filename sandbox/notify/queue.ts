// Deliveries in flight, kept apart so a slow or hanging merchant endpoint delays only its own notifications:
// at most `maxInFlight` deliveries at once, at most `maxPerTarget` to one target (an endpoint: origin and path), and one at a time per
// lane (a payment), started in the order they were enqueued within the lane, so a payment's notifications never
// overtake each other. Nobody awaits a delivery except through `idle()`.

export interface DeliveryTask {
  /** Deliveries of one lane run one after another, in enqueue order (the notifier uses the paymentId). */
  lane: string;
  /** Deliveries to one target share `maxPerTarget` slots (the notifier uses the endpoint: origin and path). */
  target: string;
  /**
   * The delivery; `signal` aborts when the queue is cleared (reset, stop). A task cleared before it started runs once
   * with an aborted signal, so whoever waits on it hears of it. Rejections are dropped.
   */
  run(signal: AbortSignal): Promise<void>;
}

export interface DeliveryLimits {
  /** Deliveries in flight at once; default 16. */
  maxInFlight: number;
  /** Deliveries in flight to one target at once; default 4, so one hanging endpoint holds at most a quarter of the slots. */
  maxPerTarget: number;
}

export const DEFAULT_DELIVERY_LIMITS: DeliveryLimits = { maxInFlight: 16, maxPerTarget: 4 };

export interface DeliveryQueue {
  enqueue(task: DeliveryTask): void;
  /** True when nothing is queued or in flight (in `lane`, when given). */
  isIdle(lane?: string): boolean;
  /** Resolves when nothing is queued or in flight (in `lane`, when given). */
  idle(lane?: string): Promise<void>;
  counts(): { queued: number; inFlight: number };
  /** Drops queued deliveries and aborts the ones in flight. */
  clear(): void;
}

export function createDeliveryQueue(limits: DeliveryLimits = DEFAULT_DELIVERY_LIMITS): DeliveryQueue {
  let waiting: DeliveryTask[] = [];
  const busyLanes = new Set<string>();
  const perTarget = new Map<string, number>();
  const running = new Set<AbortController>();
  /** Tasks queued or in flight per lane. */
  const laneSizes = new Map<string, number>();
  let idleWaiters: Array<{ lane: string | undefined; resolve: () => void }> = [];
  const isIdle = (lane?: string): boolean => (lane === undefined ? running.size === 0 && waiting.length === 0 : !laneSizes.has(lane));
  const done = (lane: string): void => {
    const left = (laneSizes.get(lane) ?? 1) - 1;
    if (left === 0) laneSizes.delete(lane);
    else laneSizes.set(lane, left);
  };

  const start = (task: DeliveryTask): void => {
    const controller = new AbortController();
    running.add(controller);
    busyLanes.add(task.lane);
    perTarget.set(task.target, (perTarget.get(task.target) ?? 0) + 1);
    void (async () => {
      try {
        await task.run(controller.signal);
      } catch {
        // The notifier records its own failures; a task that throws still frees its slots.
      }
      running.delete(controller);
      busyLanes.delete(task.lane);
      done(task.lane);
      const left = (perTarget.get(task.target) ?? 1) - 1;
      if (left === 0) perTarget.delete(task.target);
      else perTarget.set(task.target, left);
      pump();
    })();
  };

  const pump = (): void => {
    // A lane whose first waiting task cannot start yet keeps its later tasks waiting too (no overtaking).
    const held = new Set<string>();
    for (let index = 0; index < waiting.length && running.size < limits.maxInFlight; ) {
      const task = waiting[index] as DeliveryTask;
      if (held.has(task.lane) || busyLanes.has(task.lane) || (perTarget.get(task.target) ?? 0) >= limits.maxPerTarget) {
        held.add(task.lane);
        index += 1;
        continue;
      }
      waiting.splice(index, 1);
      start(task);
    }
    const ready = idleWaiters.filter((waiter) => isIdle(waiter.lane));
    if (ready.length === 0) return;
    idleWaiters = idleWaiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve();
  };

  return {
    enqueue(task) {
      waiting.push(task);
      laneSizes.set(task.lane, (laneSizes.get(task.lane) ?? 0) + 1);
      pump();
    },
    isIdle,
    idle(lane) {
      if (isIdle(lane)) return Promise.resolve();
      return new Promise((resolve) => idleWaiters.push({ lane, resolve }));
    },
    counts: () => ({ queued: waiting.length, inFlight: running.size }),
    clear() {
      const dropped = waiting;
      waiting = [];
      for (const controller of running) controller.abort();
      const aborted = AbortSignal.abort();
      for (const task of dropped) {
        done(task.lane);
        void task.run(aborted).catch(() => undefined);
      }
      pump();
    },
  };
}
