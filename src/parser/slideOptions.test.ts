import { describe, expect, it } from 'vitest';
import { parseOptions } from './slideOptions.ts';

const errors = (text: string) =>
  parseOptions(text, 'd.md', 7).diagnostics.map((d) => `${d.line}: ${d.message}`);

describe('parseOptions', () => {
  it('reads GitPitch background options, values with spaces included', () => {
    expect(
      parseOptions('image=assets/a.png&size=auto 90%&position=left&repeat=no-repeat', 'd.md', 1).options,
    ).toEqual({
      image: 'assets/a.png',
      size: 'auto 90%',
      position: 'left',
      repeat: 'no-repeat',
    });
    expect(
      parseOptions('color=linear-gradient(100deg, white 40%, #0b1a21 60%)', 'd.md', 1).options.color,
    ).toBe('linear-gradient(100deg, white 40%, #0b1a21 60%)');
  });

  it('reports malformed options at the delimiter line', () => {
    expect(errors('')).toEqual([expect.stringMatching(/^7: malformed option/)]);
    expect(errors('image')).toEqual(['7: malformed option "image": "image" needs a value, as in image=…']);
    expect(errors('imgae=a.png')[0]).toMatch(/^7: malformed option "imgae=a.png": unknown option "imgae"/);
    expect(errors('=x')[0]).toMatch(/expected key=value/);
    expect(errors('transition=spin')[0]).toMatch(/transition must be one of/);
  });

  it('says that ?gist= needs the network', () => {
    expect(errors('gist=abc123')).toEqual([expect.stringContaining('needs the network')]);
  });
});
