/** The Gunicorn workers widget's name, props and steps, as authors write them in a ```widget fence. */
import { defineWidget } from '../widgetDefinition.ts';
import { GUNICORN, ILLUSTRATIVE } from './gunicornDefaults.ts';
import { STEP_COUNT } from './storySteps.ts';

export const gunicornWorkersWidget = defineWidget({
  name: 'gunicorn-workers',
  label: 'Gunicorn workers',
  schema: {
    // Illustrative: a 2-vCPU instance (gunicornDefaults ILLUSTRATIVE.cores)
    cores: { type: 'number', min: 1, max: 16, default: ILLUSTRATIVE.cores, integer: true },
    // 0 means Gunicorn's recommendation for `cores`: 2 × cores + 1 (docs, "How Many Workers?")
    workers: { type: 'number', min: 0, max: ILLUSTRATIVE.maxWorkers, default: 0, integer: true },
    // Gunicorn docs, Settings, "worker_class": default sync
    workerClass: { type: 'enum', values: ['sync', 'gthread', 'gevent'], default: 'sync' },
    // Gunicorn docs, Settings, "threads": default 1
    threads: { type: 'number', min: 1, max: 16, default: GUNICORN.threads, integer: true },
    // green: psycopg2 with psycogreen's wait callback; blocking: plain psycopg2
    driver: { type: 'enum', values: ['green', 'blocking'], default: 'green' },
    // Illustrative: requests per second (gunicornDefaults ILLUSTRATIVE.rateRps)
    rate: { type: 'number', min: 0, max: 200, default: ILLUSTRATIVE.rateRps },
    // Simulated seconds per second: 3 brings the 30 s timeout in 10 s
    speed: { type: 'number', min: 0.5, max: 20, default: 3 },
    seed: { type: 'number', min: 0, max: 2 ** 31 - 1, default: 1, integer: true },
  },
  // Six steps after "Steady traffic": the story's named moments (storySteps.ts).
  stepCount: () => STEP_COUNT - 1,
});
