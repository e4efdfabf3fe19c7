import { describe, expect, it } from 'vitest';
import { APP_HOPS, GEOMETRY, isAppHop, packetAt, packetLabelRise } from './stackGeometry.ts';
import { HOPS } from './model.ts';

interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
const overlap = (a: Rect, b: Rect) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Rect, b: Rect) =>
  a.x >= b.x && a.y >= b.y && a.x + a.w <= b.x + b.w && a.y + a.h <= b.y + b.h;

/** The packet label's size in each layout (requestJourney*.css), and how far its capitals rise. */
const LABEL_PX = { page: 16, stage: 24 };
const CAP_HEIGHT = 0.75;

describe.each(['page', 'stage'] as const)('the %s picture', (layout) => {
  const g = GEOMETRY[layout];
  const drawing = { x: 0, y: 0, w: g.width, h: g.height };
  // Every box as drawn: instance 2's copies of the app hops too.
  const boxes = [
    ...HOPS.map((hop) => ({ hop, ...g.boxes[hop] })),
    ...APP_HOPS.map((hop) => ({ hop, ...g.boxes[hop], y: g.instanceY[2] })),
  ];

  it('draws every box inside the picture, none on another', () => {
    for (const box of boxes) expect(inside(box, drawing), box.hop).toBe(true);
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) expect(overlap(a, b), `${a.hop} / ${b.hop}`).toBe(false);
  });

  it('frames each instance’s app boxes, and only those', () => {
    for (const i of [1, 2] as const) {
      const frame = g.frames[i];
      for (const hop of APP_HOPS) expect(inside({ ...g.boxes[hop], y: g.instanceY[i] }, frame)).toBe(true);
      for (const hop of HOPS.filter((h) => !isAppHop(h)))
        expect(overlap(g.boxes[hop], frame), hop).toBe(false);
    }
  });

  it('keeps the packet on its box’s top edge, with room above for its label', () => {
    for (const hop of HOPS) {
      const packet = packetAt(g, hop);
      expect(packet.y).toBe(g.boxes[hop].y);
      const labelTop = packet.y - packetLabelRise(g) - LABEL_PX[layout] * CAP_HEIGHT;
      expect(labelTop, hop).toBeGreaterThanOrEqual(0);
    }
  });
});

describe('the packet’s label on stage', () => {
  const g = GEOMETRY.stage;
  /** "response 502", the longest label, at 24 px bold: 147 px as Chromium draws it. */
  const LABEL_WIDTH = 150;

  it('stays in the picture, off every box, and inside or clear of each instance’s frame', () => {
    for (const hop of HOPS) {
      for (const instance of isAppHop(hop) ? ([1, 2] as const) : ([1] as const)) {
        const packet = packetAt(g, hop, instance);
        const baseline = packet.y - packetLabelRise(g);
        const anchor = g.labelAnchor(hop, packet.x);
        const left =
          anchor === 'start'
            ? packet.x
            : anchor === 'end'
              ? packet.x - LABEL_WIDTH
              : packet.x - LABEL_WIDTH / 2;
        const label = {
          x: left,
          y: baseline - LABEL_PX.stage * CAP_HEIGHT,
          w: LABEL_WIDTH,
          h: LABEL_PX.stage,
        };
        const where = `${hop} on instance ${instance}`;
        expect(inside(label, { x: 0, y: 0, w: g.width, h: g.height }), where).toBe(true);
        for (const other of HOPS) expect(overlap(label, g.boxes[other]), `${where} / ${other}`).toBe(false);
        for (const i of [1, 2] as const) {
          const frame = g.frames[i];
          expect(inside(label, frame) || !overlap(label, frame), `${where} / frame ${i}`).toBe(true);
        }
      }
    }
  });
});
