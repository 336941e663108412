/**
 * Numbers the views a list goes through (each filter change or retry is a new one), so an answer that
 * arrives after its view was replaced is recognised and dropped instead of merged into the new list.
 */
export class RequestGeneration {
  private latest = 0;

  /** Starts a new view; from now on, answers to requests made for earlier views are stale. */
  next(): number {
    this.latest += 1;
    return this.latest;
  }

  /** The view a follow-up request (a further page) belongs to. */
  get current(): number {
    return this.latest;
  }

  /** True while answers to requests made for `generation` still belong to what is shown. */
  isCurrent(generation: number): boolean {
    return generation === this.latest;
  }
}
