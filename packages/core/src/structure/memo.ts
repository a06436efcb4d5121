/**
 * Values worked out from a short-lived object (a parsed plan, a theme) once and kept on that object,
 * not in a module-level WeakMap. On Node 20 a WeakMap's value survives every minor collection while its
 * key is young, even when nothing else holds the key: each plan's sentences, word marks, goals … (and
 * through them the whole plan) were copied by the collector and then promoted to the old generation,
 * plan after plan, about 250 MB over 1,000 plans. Kept on the object, they die with it
 * (bench/README.md, tenth session; test: memo.test.ts).
 *
 * Each object gets one hidden property, a Map from memo to value. A parsed plan gets it when it is made
 * (parse.ts: {@link withMemoSlot}), so that every plan has the same shape and the code that reads plans
 * stays monomorphic; other objects get it when a memo is first kept on them.
 */
const SLOT = Symbol("veiligheidsplan.memo");

type Holder = { [SLOT]?: Map<symbol, unknown> };

/** Gives a newly made object its (empty) memo slot, so that all such objects share one shape. */
export function withMemoSlot<T extends object>(o: T): T {
  Object.defineProperty(o, SLOT, { value: new Map<symbol, unknown>() });
  return o;
}

export interface Memo<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/** A memo named `name` (for debugging): one value per object, kept on the object. */
export function memo<K extends object, V>(name: string): Memo<K, V> {
  const id = Symbol(name);
  return {
    get: (key) => (key as Holder)[SLOT]?.get(id) as V | undefined,
    set: (key, value) => {
      let slot = (key as Holder)[SLOT];
      if (!slot) {
        slot = new Map();
        Object.defineProperty(key, SLOT, { value: slot });
      }
      slot.set(id, value);
    },
  };
}
