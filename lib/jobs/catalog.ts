import type { AnyJobDefinition, JobDefinition } from "./define";

/** Jobs triggered by an event get its id; they read the event row for the rest. */
export type EventJob = JobDefinition<{ eventId: string }>;

/**
 * The jobs a process runs and the event subscriptions it fans out: built once, by a composition
 * root, from the module list (lib/app), or by a test from its own jobs. The runner, the Trigger.dev
 * entry and the dispatcher take it as an argument: nothing is looked up in a global registry.
 */
export type JobCatalog = {
  readonly jobs: ReadonlyMap<string, AnyJobDefinition>;
  /** event type → subscriber jobs */
  readonly subscribers: ReadonlyMap<string, readonly EventJob[]>;
};

export type JobContribution = {
  jobs?: readonly AnyJobDefinition[];
  subscriptions?: Readonly<Record<string, readonly EventJob[]>>;
};

/** Folds contributions (each module's jobs and subscriptions) into one catalog; an id used twice throws. */
export function jobCatalog(...parts: JobContribution[]): JobCatalog {
  const jobs = new Map<string, AnyJobDefinition>();
  const subscribers = new Map<string, EventJob[]>();
  const add = (job: AnyJobDefinition) => {
    const existing = jobs.get(job.id);
    if (existing && existing !== job) throw new Error(`Two jobs are named "${job.id}".`);
    jobs.set(job.id, job);
  };
  for (const part of parts) {
    for (const job of part.jobs ?? []) add(job);
    for (const [type, list] of Object.entries(part.subscriptions ?? {})) {
      for (const job of list) {
        add(job as AnyJobDefinition);
        const forType = subscribers.get(type) ?? [];
        if (!forType.includes(job)) forType.push(job);
        subscribers.set(type, forType);
      }
    }
  }
  return { jobs, subscribers };
}

export function jobNames(catalog: JobCatalog): string[] {
  return [...catalog.jobs.keys()];
}
