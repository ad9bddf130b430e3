import { Clock } from '../../src/engine/clock/clock';

/** A clock a test sets: `clock.set('2026-12-01T03:00:00Z')`; unset, it follows real time. */
export class TestClock extends Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  set(instant: string | Date): void {
    this.fixed = new Date(instant);
  }

  reset(): void {
    this.fixed = null;
  }
}
