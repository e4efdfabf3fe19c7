// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { detailFragment, detailOf, readDetail } from './detailContent.ts';
import { DETAIL_ATTRIBUTE, DETAIL_EVENT } from './presenterLink.ts';
import * as contract from '../widgets/islandContract.ts';

describe('widget detail in the speaker view', () => {
  it('uses the names the islands write', () => {
    expect(DETAIL_ATTRIBUTE).toBe(contract.DETAIL_ATTRIBUTE);
    expect(DETAIL_EVENT).toBe(contract.DETAIL_EVENT);
  });

  it('reads the islands of a slide and keeps only table-shaped data', () => {
    const slide = document.createElement('section');
    slide.innerHTML = `<div ${DETAIL_ATTRIBUTE}='[{"caption":"Timeline","columns":["Step","ms"],"rows":[["DNS",12]]},{"caption":1}]'></div><div ${DETAIL_ATTRIBUTE}="not json"></div>`;
    expect(detailOf(slide, DETAIL_ATTRIBUTE)).toEqual([
      { caption: 'Timeline', columns: ['Step', 'ms'], rows: [['DNS', '12']] },
    ]);
    expect(readDetail('<img onerror=alert(1)>')).toEqual([]);
  });

  it('builds tables from text, never markup', () => {
    const fragment = detailFragment([
      { caption: '<b>x</b>', columns: ['a'], rows: [['<img src=x onerror=alert(1)>']] },
    ]);
    const holder = document.createElement('div');
    holder.append(fragment);
    expect(holder.querySelector('img, b')).toBeNull();
    expect(holder.querySelector('caption')?.textContent).toBe('<b>x</b>');
    expect(holder.querySelector('td')?.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
