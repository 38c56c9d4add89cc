import type { AnyJobDefinition, JobDefinition } from "./define";

type Registry = {
  jobs: Map<string, AnyJobDefinition>;
  /** event type → subscriber job id → job */
  subscribers: Map<string, Map<string, AnyJobDefinition>>;
  loaded?: Promise<void>;
};

// On globalThis: Next dev reloads and Turbopack's separate bundles (instrumentation, routes) each
// evaluate this module, and all of them must see the jobs registered by any one.
const globalKey = Symbol.for("keel.jobs.registry");
const store = globalThis as typeof globalThis & { [globalKey]?: Registry };

function registry(): Registry {
  store[globalKey] ??= { jobs: new Map(), subscribers: new Map() };
  return store[globalKey];
}

/**
 * Makes jobs runnable by this process: the in-process runner only claims jobs it knows, and
 * `trigger/` exports a task per job. Registering an id again replaces it (a dev reload).
 */
export function registerJobs(...jobs: AnyJobDefinition[]): void {
  for (const job of jobs) registry().jobs.set(job.id, job);
}

/** Subscribes `job` to events of `type`: `emit` enqueues it with `{ eventId }`. */
export function onEvent(type: string, job: JobDefinition<{ eventId: string }>): void {
  registerJobs(job);
  const forType = registry().subscribers.get(type) ?? new Map<string, AnyJobDefinition>();
  forType.set(job.id, job);
  registry().subscribers.set(type, forType);
}

export function findJob(id: string): AnyJobDefinition | undefined {
  return registry().jobs.get(id);
}

export function registeredJobs(): AnyJobDefinition[] {
  return [...registry().jobs.values()];
}

export function subscribersOf(type: string): AnyJobDefinition[] {
  return [...(registry().subscribers.get(type)?.values() ?? [])];
}

/**
 * Loads the app's job list once. Imported lazily because the modules that define jobs import
 * `lib/jobs` themselves; a static import here would be a cycle.
 */
export function loadJobs(): Promise<void> {
  const current = registry();
  current.loaded ??= import("./job-list").then(
    () => undefined,
    (error: unknown) => {
      current.loaded = undefined; // let the next caller try again
      throw error;
    },
  );
  return current.loaded;
}
