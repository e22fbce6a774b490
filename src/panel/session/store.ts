/** A value that changes, and the means to watch it. */
export interface Store<S> {
  get(): S;
  /** Merges a change into the state and tells every listener once. */
  set(change: Partial<S> | ((state: S) => Partial<S>)): void;
  /** Calls the listener after every change; returns the function that stops it. */
  subscribe(listener: (state: S) => void): () => void;
}

/**
 * The smallest store the panel needs: state replaced, never mutated, so a component can compare
 * slices by identity. No framework: the session's tests run in node without a DOM.
 */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<(state: S) => void>();
  return {
    get: () => state,
    set(change) {
      const patch = typeof change === "function" ? change(state) : change;
      state = { ...state, ...patch };
      for (const listener of [...listeners]) listener(state);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
