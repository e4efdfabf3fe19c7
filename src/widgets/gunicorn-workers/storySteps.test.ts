import { describe, expect, it } from 'vitest';
import { validateProps } from '../propsSchema.ts';
import { gunicornWorkersWidget } from './definition.ts';
import { busyWorkers, requestsWaiting, throughput } from './gunicornModel.ts';
import type { GunicornProps } from './gunicornProps.ts';
import { workersOf } from './gunicornProps.ts';
import { STEPS, STEP_COUNT, stateAtStep } from './storySteps.ts';

const PROPS = validateProps(gunicornWorkersWidget.schema, {}).props as unknown as GunicornProps;
const at = (id: (typeof STEPS)[number]['id'], more: Partial<GunicornProps> = {}) =>
  stateAtStep(
    { ...PROPS, ...more },
    STEPS.findIndex((s) => s.id === id),
  );

describe('the props', () => {
  it('default to 2 cores and workers 0, which opens with 2 x 2 + 1 = 5 workers', () => {
    expect(PROPS).toMatchObject({ cores: 2, workers: 0, workerClass: 'sync', rate: 10 });
    expect(workersOf(PROPS)).toBe(5);
    expect(workersOf({ cores: 4, workers: 0 })).toBe(9);
    expect(workersOf({ cores: 4, workers: 3 })).toBe(3);
    expect(stateAtStep({ ...PROPS, cores: 4 }, 0).pool).toHaveLength(9);
  });

  it('are validated: an unknown class or too many workers fall back to the defaults', () => {
    const { props, errors } = validateProps(gunicornWorkersWidget.schema, {
      workerClass: 'tornado',
      workers: 99,
    });
    expect(errors.map((e) => e.prop).sort()).toEqual(['workerClass', 'workers']);
    expect(props).toMatchObject({ workerClass: 'sync', workers: 0 });
  });

  it('give the definition as many steps as the story after its first moment', () => {
    expect(gunicornWorkersWidget.stepCount(PROPS as never)).toBe(STEP_COUNT - 1);
  });
});

describe('the story', () => {
  it('0: steady traffic is served with no queue and no 502', () => {
    const s = at('steady');
    expect(requestsWaiting(s)).toBe(0);
    expect(s.counters.badGateway).toBe(0);
    expect(throughput(s)).toBeGreaterThan(5);
  });

  it('1: slow requests hold every sync worker and the listen queue grows', () => {
    const s = at('filled');
    expect(busyWorkers(s)).toBe(5);
    expect(requestsWaiting(s)).toBeGreaterThan(20);
  });

  it('2: past --timeout each worker is killed (one 502 each) and re-forked', () => {
    const s = at('timeout');
    expect(s.counters.workersKilled).toBe(5);
    expect(s.counters.badGateway).toBe(5);
    expect(s.pool).toHaveLength(5);
  });

  it('3 and 4: gevent with a green driver absorbs the peak; a blocking driver serves far less', () => {
    const green = at('gevent');
    const blocking = at('blocking');
    expect(green.workerClass).toBe('gevent');
    expect(requestsWaiting(green)).toBe(0);
    expect(throughput(green)).toBeGreaterThan(throughput(blocking) * 1.4);
  });

  it('5: killing the master: Supervisor is STARTING it again', () => {
    expect(at('killed').supervisor.state).toBe('STARTING');
  });

  it('6: killed again and again: FATAL, and the ELB marks the instance unhealthy', () => {
    const s = at('fatal');
    expect(s.supervisor.state).toBe('FATAL');
    expect(s.elb.status).toBe('unhealthy');
  });

  it('the same props give the same moments', () => {
    expect(at('timeout')).toEqual(at('timeout'));
    expect(stateAtStep(PROPS, 99)).toEqual(stateAtStep(PROPS, STEP_COUNT - 1));
  });
});
