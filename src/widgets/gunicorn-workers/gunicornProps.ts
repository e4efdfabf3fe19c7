/** The widget's props (definition.ts validates them) and the model options they give. */
import { recommendedWorkers } from './gunicornDefaults.ts';
import type { DbDriver, GunicornOptions, WorkerClass } from './gunicornModel.ts';

export interface GunicornProps {
  cores: number;
  /** 0: Gunicorn's recommendation for `cores`, 2 × cores + 1. */
  workers: number;
  workerClass: WorkerClass;
  threads: number;
  driver: DbDriver;
  rate: number;
  /** Simulated seconds per second while playing. */
  speed: number;
  seed: number;
}

/** The workers the widget opens with: the prop, or 2 × cores + 1 when it is 0 (absent). */
export function workersOf(props: Pick<GunicornProps, 'cores' | 'workers'>): number {
  return props.workers > 0 ? props.workers : recommendedWorkers(props.cores);
}

export function optionsOf(props: GunicornProps): GunicornOptions {
  return {
    cores: props.cores,
    workers: workersOf(props),
    workerClass: props.workerClass,
    threads: props.threads,
    driver: props.driver,
    rateRps: props.rate,
  };
}
