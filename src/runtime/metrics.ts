import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import type { AnswerMeta } from './answer-log.js';

type PlatformName = AnswerMeta['platform'];

/**
 * What an operator graphs and alerts on, in Prometheus' text format at GET /metrics: answers by intent
 * and platform, how long answering took, deliveries retried and given up, repeats recognised. Each
 * running app has its own registry, so two apps in one process (tests, benchmarks) do not mix counts.
 */
export class Metrics {
  readonly registry = new Registry();
  private readonly answers = new Counter({
    name: 'modelgo_answers_total',
    help: 'Answers delivered, by platform and intent.',
    labelNames: ['platform', 'intent'],
    registers: [this.registry],
  });
  private readonly latency = new Histogram({
    name: 'modelgo_answer_seconds',
    help: 'From taking a question to its answer being delivered.',
    labelNames: ['platform'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });
  private readonly retried = new Counter({
    name: 'modelgo_deliveries_retried_total',
    help: 'Delivery attempts repeated after a failure.',
    labelNames: ['platform'],
    registers: [this.registry],
  });
  private readonly givenUp = new Counter({
    name: 'modelgo_deliveries_given_up_total',
    help: 'Messages that could not be delivered after every retry.',
    labelNames: ['platform'],
    registers: [this.registry],
  });
  private readonly repeats = new Counter({
    name: 'modelgo_dedupe_hits_total',
    help: 'Repeated events and clicks recognised and dropped.',
    labelNames: ['platform'],
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  answered(platform: PlatformName, intent: string, seconds: number): void {
    this.answers.inc({ platform, intent });
    this.latency.observe({ platform }, seconds);
  }

  retry(platform: PlatformName): void {
    this.retried.inc({ platform });
  }

  gaveUp(platform: PlatformName): void {
    this.givenUp.inc({ platform });
  }

  repeat(platform: PlatformName): void {
    this.repeats.inc({ platform });
  }

  /** The exposition text and its content type. */
  async render(): Promise<{ type: string; text: string }> {
    return { type: this.registry.contentType, text: await this.registry.metrics() };
  }
}
