/**
 * The streams open in this process, by user. A delivery (or a read elsewhere) wakes a user's
 * streams; each then reads what is new from the database itself, so a wake-up carries no data and
 * a duplicate or a spurious one costs one query. On globalThis: Next dev reloads and Turbopack's
 * separate bundles (the job runner's and the route's) must share one hub.
 */
type Wake = () => void;
type Hub = { byUser: Map<string, Set<Wake>>; onFirst: (() => void)[]; onLast: (() => void)[] };

const globalKey = Symbol.for("keel.notifications.hub");
const store = globalThis as typeof globalThis & { [globalKey]?: Hub };
const hub = (store[globalKey] ??= { byUser: new Map(), onFirst: [], onLast: [] });

/** Registers a stream of `userId`; returns the function that removes it. */
export function subscribe(userId: string, wake: Wake): () => void {
  const wasEmpty = subscriberCount() === 0;
  const set = hub.byUser.get(userId) ?? new Set<Wake>();
  set.add(wake);
  hub.byUser.set(userId, set);
  if (wasEmpty) for (const fn of hub.onFirst) fn();
  return () => {
    set.delete(wake);
    if (set.size === 0 && hub.byUser.get(userId) === set) hub.byUser.delete(userId);
    if (subscriberCount() === 0) for (const fn of hub.onLast) fn();
  };
}

/** Wakes the streams of these users in this process. */
export function wake(userIds: Iterable<string>): void {
  for (const userId of userIds) for (const fn of hub.byUser.get(userId) ?? []) fn();
}

/** Wakes every stream (after the LISTEN connection came back: it may have missed signals). */
export function wakeAll(): void {
  for (const set of hub.byUser.values()) for (const fn of set) fn();
}

export function subscriberCount(): number {
  let count = 0;
  for (const set of hub.byUser.values()) count += set.size;
  return count;
}

/** Lets the LISTEN connection open with the first stream and close with the last. Replaces earlier hooks. */
export function onSubscribers(hooks: { first: () => void; last: () => void }): void {
  hub.onFirst.splice(0, hub.onFirst.length, hooks.first);
  hub.onLast.splice(0, hub.onLast.length, hooks.last);
}
