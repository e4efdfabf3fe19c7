import { describe, expect, it } from 'vitest';
import { componentOf } from './slideComponent.ts';
import { COMPONENTS } from '../shared/diagramTheme.ts';

describe('componentOf', () => {
  it('gives the talk’s component slides their component', () => {
    expect(componentOf('nginx')).toBe('nginx');
    expect(componentOf('Application Server (Gunicorn)')).toBe('gunicorn');
    expect(componentOf('Database (PostgreSQL)')).toBe('postgres');
    expect(componentOf('Load Balancing')).toBe('elb');
    expect(componentOf('Auto-scaling')).toBe('ec2');
    expect(componentOf('Blue-green Deployment')).toBe('green');
    expect(componentOf('Questions?')).toBeUndefined();
  });

  it('only names components the diagrams colour too', () => {
    for (const title of [
      'nginx',
      'Gunicorn',
      'Django',
      'PostgreSQL',
      'ELB',
      'Auto-scaling',
      'DNS',
      'CDN',
      'Blue-green',
    ]) {
      expect(COMPONENTS).toContain(componentOf(title));
    }
  });
});
