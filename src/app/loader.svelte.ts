/**
 * A value loaded for a request (a view, a file), where only the newest request may land: a slow
 * answer to an old filter never overwrites the answer to a new one, nor its error. The value is
 * kept in `$state.raw`: it is replaced whole, never changed in place, so Svelte does not make
 * proxies of figures, tables or engines.
 */
export class Loader<Request, Value> {
  /** The newest answer, kept while a newer request runs, so the old figures stay on screen. */
  value = $state.raw<Value | null>(null);
  /** The request `value` answers: titles and labels follow it, not the newest request. */
  request = $state.raw<Request | null>(null);
  /** Why the newest request failed; null once a request succeeds. */
  error = $state.raw<Error | null>(null);
  /** A request is running whose answer has not come yet. */
  busy = $state.raw(false);
  #latest = 0;

  /**
   * Starts `load` for `request`. An answer given at once (not a promise) lands at once, without a
   * frame of "loading". Resolves with the value if this request was still the newest when it
   * came, else with undefined (never rejects: the error is in `error`).
   */
  run(request: Request, load: () => Value | PromiseLike<Value>): Promise<Value | undefined> {
    const id = ++this.#latest;
    let answer: Value | PromiseLike<Value>;
    try {
      answer = load();
    } catch (e) {
      this.#fail(e);
      return Promise.resolve(undefined);
    }
    if (!isPromiseLike(answer)) {
      this.#land(request, answer);
      return Promise.resolve(answer);
    }
    this.busy = true;
    return Promise.resolve(answer).then(
      (value) => {
        if (id !== this.#latest) return undefined;
        this.#land(request, value);
        return value;
      },
      (e: unknown) => {
        if (id === this.#latest) this.#fail(e);
        return undefined;
      },
    );
  }

  /** Forgets the value and error, and lets no running request land (a new file was chosen). */
  reset(): void {
    this.#latest++;
    this.value = null;
    this.request = null;
    this.error = null;
    this.busy = false;
  }

  #land(request: Request, value: Value): void {
    this.value = value;
    this.request = request;
    this.error = null;
    this.busy = false;
  }

  #fail(e: unknown): void {
    this.error = e instanceof Error ? e : new Error(String(e));
    this.busy = false;
  }
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}
