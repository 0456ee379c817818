/** A clock tests move by hand, injected as `now` (sessions, rate limits, timestamps). */
export class TestClock {
  constructor(private time = Date.UTC(2025, 0, 6, 9, 0, 0)) {}

  readonly now = (): number => this.time;

  advance(ms: number): void {
    this.time += ms;
  }
}
