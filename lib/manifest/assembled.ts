import type { LifecycleHooks, ModuleManifest, NoPersonalData, OnboardingStep, PersonalDataRule, RetentionRule, SegmentField } from "./define";
import type { Ports } from "./ports";

/**
 * The module list as the assembled app sees it, for code that reads other modules' contributions
 * where no route can pass them in: a job (the segments job reads every module's `segmentFields`)
 * or a portal slot (flags ask the segments port). lib/app/modules.ts fills it once, when it builds
 * the list, and every process that runs app code imports lib/app first (routes, layouts, the job
 * runner, the Trigger.dev entry). Before that, in a unit test of one module, it is empty: no port,
 * no field.
 */
// On globalThis, like the database handle (db/client.ts): Turbopack bundles instrumentation and
// routes separately, and a job started from one reads what the other assembled.
const globalKey = Symbol.for("keel.assembled");
const store = globalThis as typeof globalThis & { [globalKey]?: readonly ModuleManifest[] };

export function assembleApp(list: readonly ModuleManifest[]): void {
  store[globalKey] = list;
}

/** The module that provides `port`, if one is installed (two providers is a wiring mistake). */
export function installedPort<K extends keyof Ports>(port: K): Ports[K] {
  const providers = (store[globalKey] ?? []).filter((m) => m.provides?.[port]);
  if (providers.length > 1) throw new Error(`Two modules provide the ${port} port: ${providers.map((m) => m.id).join(", ")}.`);
  return providers[0]?.provides?.[port];
}

/** Every installed module's segment fields, by id. */
export function installedSegmentFields(): ReadonlyMap<string, SegmentField> {
  return new Map((store[globalKey] ?? []).flatMap((m) => m.segmentFields ?? []).map((field) => [field.id, field]));
}

/** Every installed module's onboarding steps in order, with the module whose messages name them. */
export function installedOnboardingSteps(): (OnboardingStep & { module: string })[] {
  return (store[globalKey] ?? [])
    .flatMap((m) => (m.onboarding ?? []).map((step) => ({ ...step, module: m.id })))
    .sort((a, b) => (a.order ?? 100) - (b.order ?? 100));
}

/** Every installed module's personal-data declarations, with the module that made each. */
export function installedPersonalData(): ((PersonalDataRule | NoPersonalData) & { module: string })[] {
  return (store[globalKey] ?? []).flatMap((m) => (m.personalData ?? []).map((rule) => ({ ...rule, module: m.id })));
}

/** Every installed module's retention rules, with the module that made each. */
export function installedRetention(): (RetentionRule & { module: string })[] {
  return (store[globalKey] ?? []).flatMap((m) => (m.retention ?? []).map((rule) => ({ ...rule, module: m.id })));
}

/**
 * Every installed module's hook of one kind, for jobs that need them (the privacy purge deletes
 * tenants and removes members as the routes do, and cannot import lib/app).
 */
export function installedHooks<K extends keyof LifecycleHooks>(name: K): NonNullable<LifecycleHooks[K]>[] {
  return (store[globalKey] ?? []).flatMap((m) => {
    const hook = (m.hooks as LifecycleHooks | undefined)?.[name];
    return hook ? [hook as NonNullable<LifecycleHooks[K]>] : [];
  });
}
