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
    expect(errors('image')).toEqual(['7: malformed option "image": "image" needs a value, as in image=…']);
    expect(errors('=x')[0]).toMatch(/expected key=value/);
    expect(errors('transition=spin')[0]).toMatch(/transition must be one of/);
    expect(parseOptions('image', 'd.md', 7).diagnostics[0].severity).toBe('error');
  });

  it('warns about options GitPitch had and we do not, and suggests the likely one', () => {
    const { options, diagnostics } = parseOptions('imgae=a.png&layout=split&color=red', 'd.md', 7);
    expect(options).toEqual({ color: 'red' });
    expect(diagnostics.map((d) => d.severity)).toEqual(['warning', 'warning']);
    expect(diagnostics[0].message).toMatch(
      /^option "imgae" is not supported: ignored: did you mean \?image\?/,
    );
    expect(diagnostics[1].message).toMatch(/^option "layout" is not supported: ignored \(supported:/);
  });

  it('reads an empty "?" as a plain delimiter, and a repeated option as GitPitch did (the first)', () => {
    expect(parseOptions('', 'd.md', 7).diagnostics[0]).toMatchObject({ severity: 'warning' });
    const twice = parseOptions('color=red&color=blue&', 'd.md', 7);
    expect(twice.options).toEqual({ color: 'red' });
    expect(twice.diagnostics[0].message).toBe('option "color" is given twice: the first one is used');
  });

  it('says that ?gist= needs the network', () => {
    expect(errors('gist=abc123')).toEqual([expect.stringContaining('needs the network')]);
  });
});
