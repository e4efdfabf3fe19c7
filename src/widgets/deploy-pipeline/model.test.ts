import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pipelineAt, STAGES, STEP_COUNT } from './model.ts';

describe('pipelineAt', () => {
  it('walks the stages in the order the talk tells them', () => {
    expect(STAGES.map((s) => s.id)).toEqual([
      'feature',
      'ci',
      'release',
      'qa',
      'master',
      'pull',
      'ami',
      'asg',
      'swap',
    ]);
    expect(pipelineAt(0, 'none').current).toBeNull();
    const third = pipelineAt(3, 'none');
    expect(third.current?.id).toBe('release');
    expect(third.statuses).toMatchObject({ feature: 'done', ci: 'done', release: 'current', qa: 'ahead' });
    expect(pipelineAt(STEP_COUNT, 'none').statuses.swap).toBe('current');
  });

  it('names the tools the talk names, at their stage', () => {
    const tools = (id: string) => STAGES.find((s) => s.id === id)!.tools;
    expect(tools('ci')).toEqual(expect.arrayContaining(['Shippable', 'CodeFactor']));
    expect(STAGES.some((s) => s.tools.includes('Ansible'))).toBe(true);
  });

  it('a red CI run stops the change: nothing after CI is reached', () => {
    const view = pipelineAt(STEP_COUNT, 'ci');
    expect(view.failedAt?.id).toBe('ci');
    expect(view.statuses).toMatchObject({
      feature: 'done',
      ci: 'failed',
      release: 'stopped',
      swap: 'stopped',
    });
    expect(view.narration).toMatch(/back to its feature branch/);
    // Before the change reaches CI, the failure has not happened yet.
    expect(pipelineAt(1, 'ci').failedAt).toBeNull();
  });

  it('a failed QA round sends the change back from staging', () => {
    const view = pipelineAt(5, 'qa');
    expect(view.failedAt?.id).toBe('qa');
    expect(view.statuses.master).toBe('stopped');
    expect(view.narration).toMatch(/back to its branch/);
  });

  it('any step, any failure: exactly one current or failed stage once started', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -5, max: 20 }),
        fc.constantFrom('none', 'ci', 'qa' as const),
        (step, failure) => {
          const view = pipelineAt(step, failure);
          const marked = Object.values(view.statuses).filter((s) => s === 'current' || s === 'failed');
          expect(marked.length).toBe(view.step === 0 ? 0 : 1);
        },
      ),
    );
  });
});
