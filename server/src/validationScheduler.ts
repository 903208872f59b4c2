/**
 * When documents are validated. The analysis of a large template takes long enough to delay other
 * requests (a hover, a completion) and newer edits, so each validation runs in slices: it yields to
 * the event loop whenever a slice has taken SLICE_MS, and a newer request to validate the same
 * document (a new edit, or a folder-mate's) supersedes it at the next slice, so that no edit waits
 * behind the analysis of an older one.
 */

/** A slice of work between two chances for other messages to be read and answered. */
const SLICE_MS = 20;

const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class ValidationScheduler<T> {
  /** The latest request per document: an older run that sees another number here stops. */
  private readonly generations = new Map<string, number>();
  private serial = 0;

  /**
   * Validates `uri` with the steps `start` makes (after the messages already queued are read),
   * and hands the result to `done` unless a newer request for `uri` came first.
   */
  schedule(uri: string, start: () => Generator<void, T> | undefined, done: (result: T) => void): Promise<void> {
    const generation = ++this.serial;
    this.generations.set(uri, generation);
    const superseded = () => this.generations.get(uri) !== generation;
    return (async () => {
      await nextTurn();
      if (superseded()) return;
      const steps = start();
      if (steps === undefined) return;
      let sliceStart = performance.now();
      for (let step = steps.next(); ; step = steps.next()) {
        if (step.done === true) {
          if (!superseded()) done(step.value);
          this.finish(uri, generation);
          return;
        }
        if (performance.now() - sliceStart < SLICE_MS) continue;
        await nextTurn();
        if (superseded()) {
          steps.return(undefined as T);
          return;
        }
        sliceStart = performance.now();
      }
    })();
  }

  /** Drops pending work for a closed document. */
  cancel(uri: string): void {
    this.generations.delete(uri);
  }

  private finish(uri: string, generation: number): void {
    if (this.generations.get(uri) === generation) this.generations.delete(uri);
  }
}
