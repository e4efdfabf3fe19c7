/**
 * GitPitch 4 grid layout properties (`drag=`, `drop=`, `flow=`, `fit=`, `set=`, `bg=`, …) turned
 * into a box positioned on the slide: sizes and places in % of the 1280×720 slide (or px when the
 * author wrote px), as docs/grid-layouts/*.md describe them.
 */
import { escapeHtml, safeClassList, safeCssValue } from '../shared/html.ts';

/** The ones that need a run-time engine we do not have (animations, audio, synchronised stacks). */
const UNSUPPORTED_KEYS = new Set(['animate', 'audio', 'sync']);

/** CSS for GitPitch's named filters: the docs name the effect, not an amount. */
const FILTERS: Record<string, string> = {
  blur: 'blur(4px)',
  bright: 'brightness(1.5)',
  contrast: 'contrast(1.6)',
  grayscale: 'grayscale(1)',
  hue: 'hue-rotate(90deg)',
  invert: 'invert(1)',
  saturate: 'saturate(2)',
  sepia: 'sepia(1)',
};

interface Length {
  value: number;
  unit: '%' | 'px';
}

function length(text: string | undefined): Length | undefined {
  const m = /^(-?\d+(?:\.\d+)?)(px|%)?$/.exec(text ?? '');
  return m ? { value: Number(m[1]), unit: m[2] === 'px' ? 'px' : '%' } : undefined;
}

const css = (l: Length): string => `${Number(l.value.toFixed(3))}${l.unit}`;

type Anchor = 'start' | 'middle' | 'end';
/** Named drops (GitPitch 4's, with dashes allowed, and GitPitch 3's compass names): [x, y]. */
const NAMED_DROPS: Record<string, [Anchor, Anchor]> = {
  center: ['middle', 'middle'],
  top: ['middle', 'start'],
  bottom: ['middle', 'end'],
  left: ['start', 'middle'],
  right: ['end', 'middle'],
  topleft: ['start', 'start'],
  topright: ['end', 'start'],
  bottomleft: ['start', 'end'],
  bottomright: ['end', 'end'],
  north: ['middle', 'start'],
  south: ['middle', 'end'],
  west: ['start', 'middle'],
  east: ['end', 'middle'],
  northwest: ['start', 'start'],
  northeast: ['end', 'start'],
  southwest: ['start', 'end'],
  southeast: ['end', 'end'],
};

/** The size a named drop gives a block without `drag=`: halves along its edge, the slide at the centre. */
function defaultSize(anchor: [Anchor, Anchor] | undefined): [number, number] {
  if (!anchor) return [50, 50];
  const [x, y] = anchor;
  return [x === 'middle' ? 100 : 50, y === 'middle' ? 100 : 50];
}

/** `a + b + …` over % and px lengths, as one CSS length (a calc() only when both units remain). */
function sum(terms: Length[]): string {
  const pct = terms.filter((t) => t.unit === '%').reduce((a, t) => a + t.value, 0);
  const px = terms.filter((t) => t.unit === 'px').reduce((a, t) => a + t.value, 0);
  if (px === 0) return css({ value: pct, unit: '%' });
  if (pct === 0) return css({ value: px, unit: 'px' });
  return `calc(${css({ value: pct, unit: '%' })} ${px < 0 ? '-' : '+'} ${css({ value: Math.abs(px), unit: 'px' })})`;
}

const scaled = (l: Length, by: number): Length => ({ value: l.value * by, unit: l.unit });

/**
 * One axis of a box: its offset from the slide's left (or top) edge. A positive drop is from the
 * near edge, a negative one from the far edge (the box's far side goes there); `centred` puts the
 * box's middle at the drop instead (GitPitch's `_centerX`/`_centerY`).
 */
function offset(at: Anchor | Length, size: Length, centred: boolean): string {
  if (at === 'start') return '0%';
  if (at === 'middle') return sum([{ value: 50, unit: '%' }, scaled(size, -0.5)]);
  if (at === 'end') return sum([{ value: 100, unit: '%' }, scaled(size, -1)]);
  const fromFar = at.value < 0 || Object.is(at.value, -0);
  if (!fromFar) return sum([at, scaled(size, centred ? -0.5 : 0)]);
  return sum([{ value: 100, unit: '%' }, at, scaled(size, centred ? -0.5 : -1)]);
}

/** GitPitch's "power properties" (opacity, rotate, skewx, skewy, filter) as CSS; false if not one. */
function powerStyle(key: string, value: string, style: string[], transforms: string[]): boolean {
  const deg = Number.parseFloat(value);
  const filter = FILTERS[value.toLowerCase()];
  if (key === 'opacity' && Number.isFinite(Number(value))) style.push(`opacity: ${Number(value)}`);
  else if (key === 'filter' && filter) style.push(`filter: ${filter}`);
  else if ((key === 'rotate' || key === 'skewx' || key === 'skewy') && Number.isFinite(deg))
    transforms.push(`${{ rotate: 'rotate', skewx: 'skewX', skewy: 'skewY' }[key]}(${deg}deg)`);
  else return false;
  return true;
}

export interface GridBox {
  /** The opening `<div …>` (with a background picture in it when `bg=` names one). */
  open: string;
  /** `flow=stack`: every item a fragment, one shown at a time. */
  stack: boolean;
  /** Properties we read but cannot honour, for the slide's one warning. */
  ignored: string[];
}

function isTrue(text: string | undefined): boolean {
  return text === 'true';
}

/** The box for a block's grid properties. */
export function gridBox(props: Map<string, string>): GridBox {
  const ignored: string[] = [];
  const classes = ['gp-grid'];
  const style: string[] = [];
  const transforms: string[] = [];
  let extra = '';

  const dropWords = (props.get('drop') ?? 'center').split(/\s+/);
  const named = NAMED_DROPS[dropWords[0].toLowerCase().replace(/-/g, '')];
  const dragWords = (props.get('drag') ?? '').split(/\s+/).filter(Boolean);
  const [defaultW, defaultH] = defaultSize(named ?? (props.has('drop') ? undefined : NAMED_DROPS.center));
  const width = length(dragWords[0]) ?? { value: defaultW, unit: '%' };
  const height = length(dragWords[1] ?? dragWords[0]) ?? { value: defaultH, unit: '%' };
  if (dragWords.length > 0 && !length(dragWords[0])) ignored.push(`drag=${props.get('drag')}`);
  let x: Anchor | Length = named ? named[0] : (length(dropWords[0]) ?? 'middle');
  let y: Anchor | Length = named ? named[1] : (length(dropWords[1] ?? dropWords[0]) ?? 'middle');
  if (!named && !length(dropWords[0])) {
    ignored.push(`drop=${props.get('drop')}`);
    [x, y] = ['middle', 'middle'];
  }
  style.push(
    `left: ${offset(x, width, isTrue(dropWords[2]))}`,
    `top: ${offset(y, height, isTrue(dropWords[3]))}`,
    `width: ${css(width)}`,
    `height: ${css(height)}`,
  );

  for (const [key, value] of props) {
    switch (key) {
      case 'drag':
      case 'drop':
        break;
      case 'flow': {
        const [kind, push] = value.split(/\s+/);
        if (kind === 'row' || kind === 'col' || kind === 'stack') classes.push(`gp-flow-${kind}`);
        else ignored.push(`flow=${value}`);
        if (isTrue(push)) classes.push('gp-push');
        break;
      }
      case 'fit': {
        const fit = Number(value);
        // Never below the stage's small-print floor, never so large one word fills the slide.
        if (Number.isFinite(fit) && fit > 0)
          style.push(`font-size: ${Number(Math.min(6, Math.max(0.65, fit)).toFixed(3))}em`);
        else ignored.push(`fit=${value}`);
        break;
      }
      case 'set':
        classes.push(safeClassList(value));
        break;
      case 'bg': {
        const [first, ...rest] = value.split(/\s+/);
        if (/\.(png|jpe?g|gif|svg|webp|avif)([?#].*)?$/i.test(first) || first.includes('/')) {
          const opacity = Number(rest[0]);
          const imgStyle = Number.isFinite(opacity) && rest[0] ? ` style="opacity: ${opacity}"` : '';
          extra = `<img class="gp-grid-bg" src="${escapeHtml(first)}" alt=""${imgStyle}>`;
          if (rest[1]) style.push(`background: ${safeCssValue(rest[1])}`);
        } else style.push(`background: ${safeCssValue(value)}`);
        break;
      }
      case 'pad':
        style.push(`padding: ${safeCssValue(value)}`);
        break;
      case 'border':
        style.push(`border: ${safeCssValue(value)}`);
        break;
      case 'font':
        style.push(`font-family: ${safeCssValue(value)}`);
        break;
      case 'opacity':
      case 'rotate':
      case 'skewx':
      case 'skewy':
      case 'filter':
        if (!powerStyle(key, value, style, transforms)) ignored.push(`${key}=${value}`);
        break;
      case 'stretch':
        if (isTrue(value)) classes.push('gp-stretch');
        break;
      default:
        ignored.push(UNSUPPORTED_KEYS.has(key) ? key : `${key}=`);
    }
  }
  if (transforms.length) style.push(`transform: ${transforms.join(' ')}`);
  const cls = classes.filter(Boolean).join(' ');
  return {
    open: `<div class="${cls}" style="${escapeHtml(style.join('; '))}">${extra}`,
    stack: classes.includes('gp-flow-stack'),
    ignored,
  };
}

/** Image widget properties (`width=`, `height=`, `alt=`, `title=`, …) as an `<img>`. */
export function imageHtml(src: string, props: Map<string, string>, classes = ''): string {
  const style: string[] = [];
  const transforms: string[] = [];
  for (const [key, value] of props) {
    const px = /^\d+(\.\d+)?(px|%)?$/.test(value) ? (/[a-z%]$/.test(value) ? value : `${value}px`) : '';
    if ((key === 'width' || key === 'height') && px) style.push(`${key}: ${px}`);
    else powerStyle(key, value, style, transforms);
  }
  if (transforms.length) style.push(`transform: ${transforms.join(' ')}`);
  const cls = safeClassList(`gp-img ${classes}`);
  const title = props.get('title');
  return (
    `<img class="${cls}" src="${escapeHtml(src)}" alt="${escapeHtml(props.get('alt') ?? '')}"` +
    (title ? ` title="${escapeHtml(title)}"` : '') +
    (style.length ? ` style="${escapeHtml(style.join('; '))}"` : '') +
    '>'
  );
}
