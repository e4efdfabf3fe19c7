/**
 * Where the stack picture puts things, for each layout. The page's picture is a laptop figure
 * beside the timeline (a 1000×400 drawing shown about 770 px wide); the stage's fills the slide,
 * one drawing unit to one slide pixel, so a 26-unit label is 26 px from the back of the room.
 */
import type { Hop } from './model.ts';
import type { WidgetLayout } from '../widgetDefinition.ts';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  label: string;
  colour: string;
}

export type LabelAnchor = 'start' | 'middle' | 'end';

export interface StackGeometry {
  width: number;
  height: number;
  boxes: Record<Hop, Box>;
  /** The app boxes' top in each EC2 instance. */
  instanceY: Record<1 | 2, number>;
  /** Each instance's frame around its app boxes, and where its name is written. */
  frames: Record<1 | 2, { x: number; y: number; w: number; h: number; labelX: number; labelY: number }>;
  /** Where the packet sits on a box's top edge: this far in from its right side (or its middle). */
  packetInset: number | 'middle';
  packetRadius: number;
  /** How the packet's label leans at a hop, so it stays clear of frames and the picture's sides. */
  labelAnchor(hop: Hop, x: number): LabelAnchor;
}

export const APP_HOPS = ['nginx', 'gunicorn', 'django'] as const;

export const isAppHop = (hop: Hop): boolean => (APP_HOPS as readonly string[]).includes(hop);

const LABELS: Record<Hop, { label: string; colour: string }> = {
  browser: { label: 'Browser', colour: 'browser' },
  dns: { label: 'DNS (Route 53)', colour: 'dns' },
  cloudfront: { label: 'CloudFront', colour: 'cdn' },
  elb: { label: 'ELB', colour: 'elb' },
  nginx: { label: 'nginx', colour: 'nginx' },
  gunicorn: { label: 'Gunicorn', colour: 'gunicorn' },
  django: { label: 'Django', colour: 'django' },
  postgres: { label: 'PostgreSQL', colour: 'postgres' },
};

function boxesFrom(places: Record<Hop, { x: number; y: number; w: number }>, h: number): Record<Hop, Box> {
  const boxes = {} as Record<Hop, Box>;
  for (const hop of Object.keys(places) as Hop[]) boxes[hop] = { ...places[hop], h, ...LABELS[hop] };
  return boxes;
}

/** Within this of a side, a label centred on the packet would run past the page picture's edge. */
const PAGE_LABEL_EDGE = 100;
const PAGE_INSTANCE_Y = { 1: 86, 2: 286 } as const;

const PAGE: StackGeometry = {
  width: 1000,
  height: 400,
  boxes: boxesFrom(
    {
      browser: { x: 10, y: 172, w: 116 },
      // DNS leaves room above it for the packet's label, which the picture's edge would cut.
      dns: { x: 170, y: 36, w: 124 },
      cloudfront: { x: 170, y: 308, w: 124 },
      elb: { x: 330, y: 172, w: 96 },
      nginx: { x: 482, y: PAGE_INSTANCE_Y[1], w: 104 },
      gunicorn: { x: 598, y: PAGE_INSTANCE_Y[1], w: 104 },
      django: { x: 714, y: PAGE_INSTANCE_Y[1], w: 104 },
      postgres: { x: 866, y: 172, w: 124 },
    },
    56,
  ),
  instanceY: PAGE_INSTANCE_Y,
  frames: {
    1: { x: 466, y: PAGE_INSTANCE_Y[1] - 40, w: 370, h: 108, labelX: 478, labelY: PAGE_INSTANCE_Y[1] - 16 },
    2: { x: 466, y: PAGE_INSTANCE_Y[2] - 40, w: 370, h: 108, labelX: 478, labelY: PAGE_INSTANCE_Y[2] - 16 },
  },
  packetInset: 14,
  packetRadius: 13,
  labelAnchor: (_hop, x) => (x > 1000 - PAGE_LABEL_EDGE ? 'end' : x < PAGE_LABEL_EDGE ? 'start' : 'middle'),
};

/*
 * The stage: three rows. Instance 1's frame on top and instance 2's below, each with room over its
 * boxes for the packet's label and its name under them; the browser, the ELB and PostgreSQL in
 * the middle row between the frames; DNS above and CloudFront below in their own column.
 */
const STAGE_INSTANCE_Y = { 1: 52, 2: 232 } as const;
const STAGE_FRAME = { x: 608, w: 444, h: 144 };
const stageFrame = (i: 1 | 2) => ({
  ...STAGE_FRAME,
  y: STAGE_INSTANCE_Y[i] - 44,
  labelX: STAGE_FRAME.x + 14,
  labelY: STAGE_INSTANCE_Y[i] + 90,
});
/** The label's lean at each hop on stage, read off the drawing: clear of frames and the sides. */
const STAGE_ANCHORS: Record<Hop, LabelAnchor> = {
  browser: 'middle',
  dns: 'middle',
  cloudfront: 'middle',
  elb: 'middle',
  nginx: 'start',
  gunicorn: 'middle',
  django: 'end',
  postgres: 'middle',
};

const STAGE: StackGeometry = {
  width: 1280,
  height: 340,
  boxes: boxesFrom(
    {
      browser: { x: 8, y: 140, w: 140 },
      dns: { x: 188, y: 44, w: 236 },
      cloudfront: { x: 188, y: 236, w: 236 },
      elb: { x: 464, y: 140, w: 104 },
      nginx: { x: 622, y: STAGE_INSTANCE_Y[1], w: 120 },
      gunicorn: { x: 754, y: STAGE_INSTANCE_Y[1], w: 156 },
      django: { x: 922, y: STAGE_INSTANCE_Y[1], w: 116 },
      postgres: { x: 1084, y: 140, w: 188 },
    },
    60,
  ),
  instanceY: STAGE_INSTANCE_Y,
  frames: { 1: stageFrame(1), 2: stageFrame(2) },
  packetInset: 'middle',
  packetRadius: 16,
  labelAnchor: (hop) => STAGE_ANCHORS[hop],
};

export const GEOMETRY: Record<WidgetLayout, StackGeometry> = { page: PAGE, stage: STAGE };

/** Centre of a hop's box; app hops sit in instance 1 or 2. */
export function hopCentre(g: StackGeometry, hop: Hop, instance: 1 | 2 = 1): { x: number; y: number } {
  const box = g.boxes[hop];
  const y = isAppHop(hop) ? g.instanceY[instance] : box.y;
  return { x: box.x + box.w / 2, y: y + box.h / 2 };
}

/** Where the packet sits at a hop: on the box's top edge, so it never hides the label. */
export function packetAt(g: StackGeometry, hop: Hop, instance: 1 | 2 = 1): { x: number; y: number } {
  const box = g.boxes[hop];
  const centre = hopCentre(g, hop, instance);
  const x = g.packetInset === 'middle' ? centre.x : box.x + box.w - g.packetInset;
  return { x, y: centre.y - box.h / 2 };
}

/** The packet label's baseline, above the packet's centre. */
export const packetLabelRise = (g: StackGeometry): number => g.packetRadius + 7;

/** Every connecting line of the picture, as one path (one element, however many lines). */
export function edgesPath(g: StackGeometry): string {
  const pairs: [{ x: number; y: number }, { x: number; y: number }][] = [
    [hopCentre(g, 'browser'), hopCentre(g, 'dns')],
    [hopCentre(g, 'browser'), hopCentre(g, 'cloudfront')],
    [hopCentre(g, 'browser'), hopCentre(g, 'elb')],
  ];
  for (const i of [1, 2] as const) {
    pairs.push(
      [hopCentre(g, 'elb'), hopCentre(g, 'nginx', i)],
      [hopCentre(g, 'nginx', i), hopCentre(g, 'gunicorn', i)],
      [hopCentre(g, 'gunicorn', i), hopCentre(g, 'django', i)],
      [hopCentre(g, 'django', i), hopCentre(g, 'postgres')],
    );
  }
  return pairs.map(([a, b]) => `M${a.x} ${a.y}L${b.x} ${b.y}`).join('');
}
