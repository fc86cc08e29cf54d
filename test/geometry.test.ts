import { expect } from '@open-wc/testing';
import {
  axisAngle, bandPath, clamp, labelPlacement, layoutRadar, markerPath, polar, ringValues, seriesPath, valueRadius, wrapLabel, wrapToWidth,
} from '../src/components/radar/geometry.js';

const close = (a: number, b: number) => expect(a).to.be.closeTo(b, 1e-9);

describe('radar geometry', () => {
  it('puts the first axis at the top and goes clockwise', () => {
    close(axisAngle(0, 4), -Math.PI / 2);
    close(axisAngle(1, 4), 0); // right
    close(axisAngle(2, 4), Math.PI / 2); // bottom
    close(axisAngle(3, 4), Math.PI); // left
    close(axisAngle(1, 3) - axisAngle(0, 3), (2 * Math.PI) / 3);
    const top = polar({ x: 100, y: 100 }, 50, axisAngle(0, 12));
    close(top.x, 100);
    close(top.y, 50);
  });

  it('clamps values to the scale and says when it did', () => {
    expect(clamp(50, 0, 100)).to.deep.equal({ value: 50, clamped: false });
    expect(clamp(120, 0, 100)).to.deep.equal({ value: 100, clamped: true });
    expect(clamp(-3, 0, 100)).to.deep.equal({ value: 0, clamped: true });
    expect(valueRadius(50, 0, 100, 200)).to.equal(100);
    expect(valueRadius(150, 0, 100, 200)).to.equal(200);
    expect(valueRadius(3, 1, 4, 90)).to.equal(60);
    expect(ringValues(0, 100)).to.deep.equal([25, 50, 75, 100]);
    expect(ringValues(1, 4, 3)).to.deep.equal([2, 3, 4]);
  });

  it('wraps long labels at spaces, never cutting a word', () => {
    expect(wrapLabel('Innovation sociale', 12)).to.deep.equal(['Innovation', 'sociale']);
    expect(wrapLabel('Vision commune, confiance et objectifs', 16)).to.deep.equal(['Vision commune,', 'confiance et', 'objectifs']);
    expect(wrapLabel('Anticonstitutionnellement', 8)).to.deep.equal(['Anticonstitutionnellement']);
    expect(wrapLabel('  Court  ', 20)).to.deep.equal(['Court']);
  });

  it('places labels away from the chart: above at the top, below at the bottom, outward on the sides', () => {
    expect(labelPlacement(axisAngle(0, 4))).to.deep.equal({ anchor: 'middle', vertical: 'above' });
    expect(labelPlacement(axisAngle(1, 4))).to.deep.equal({ anchor: 'start', vertical: 'center' });
    expect(labelPlacement(axisAngle(2, 4))).to.deep.equal({ anchor: 'middle', vertical: 'below' });
    expect(labelPlacement(axisAngle(3, 4))).to.deep.equal({ anchor: 'end', vertical: 'center' });
  });

  it('lays out a chart whose labels stay inside its box, from a phone to a projector', () => {
    const labels = ['Financier', 'Expertise', 'Réseautage', 'Innovation sociale', 'Gouvernance et communication claire', 'Apprendre et grandir ensemble'];
    for (const width of [280, 480, 1600]) {
      const layout = layoutRadar(labels, width);
      expect(layout.width).to.equal(width);
      expect(layout.radius).to.be.greaterThan(39);
      expect(layout.center.x).to.equal(width / 2);
      layout.labels.forEach((label) => {
        const chars = Math.max(...label.lines.map((l) => l.length));
        const w = chars * layout.fontSize * 0.56;
        const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
        expect(left, `${label.lines.join(' ')} at ${width}`).to.be.at.least(-0.5);
        expect(left + w, `${label.lines.join(' ')} at ${width}`).to.be.at.most(width + 0.5);
        expect(label.y - layout.fontSize * 0.9).to.be.at.least(-0.5);
        expect(label.y + (label.lines.length - 1) * layout.lineHeight).to.be.at.most(layout.height + 0.5);
        // Every word is there: nothing cut.
        expect(label.lines.join(' ')).to.equal(labels[layout.labels.indexOf(label)]);
      });
    }
    expect(layoutRadar(labels, 1600).radius).to.be.greaterThan(layoutRadar(labels, 480).radius);
  });

  it('wraps to a measured width too', () => {
    const wide = (line: string) => line.length * 10;
    expect(wrapToWidth('Innovation sociale', 120, wide)).to.deep.equal(['Innovation', 'sociale']);
    expect(wrapToWidth('Innovation sociale', 180, wide)).to.deep.equal(['Innovation sociale']);
  });

  it('keeps the text size asked for where it fits, and shrinks it only as far as the box requires', () => {
    const labels = ['Financier', 'Expertise', 'Réseautage', 'Innovation sociale'];
    // Twice the usual text (28 px instead of 14) in a wide box: kept whole.
    expect(layoutRadar(labels, 800, 28).fontSize).to.equal(28);
    expect(layoutRadar(labels, 800, 14).fontSize).to.equal(14);
    // In a narrow box: smaller, but no smaller than 10/14 of what was asked while the labels fit.
    const narrow = layoutRadar(labels, 520, 28);
    expect(narrow.fontSize).to.be.below(28).and.at.least(20);
    // In a box too narrow for that, smaller still rather than cut at the edges.
    for (const [width, size] of [[260, 28], [260, 14], [320, 28]]) {
      const layout = layoutRadar(labels, width, size);
      layout.labels.forEach((label) => {
        const w = Math.max(...label.lines.map((l) => l.length)) * layout.fontSize * 0.56;
        const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
        expect(left, `${label.lines.join(' ')} at ${width}, ${size} px`).to.be.at.least(-0.5);
        expect(left + w, `${label.lines.join(' ')} at ${width}, ${size} px`).to.be.at.most(width + 0.5);
      });
    }
  });

  it('breaks a series’ line where a value is missing, and closes it only when none is', () => {
    const p = (x: number, y: number) => ({ x, y });
    expect(seriesPath([p(0, 0), p(10, 0), p(10, 10)])).to.equal('M0 0 L10 0 L10 10 Z');
    expect(seriesPath([p(0, 0), null, p(10, 10), p(0, 10)])).to.equal('M10 10 L0 10 M0 10 L0 0');
    expect(seriesPath([null, null, null])).to.equal('');
    expect(bandPath([p(1, 1), p(2, 2), p(3, 3)], [p(5, 5), p(6, 6), p(7, 7)])).to.equal('M5 5 L6 6 L7 7 Z M3 3 L2 2 L1 1 Z');
  });

  it('gives ten distinct marker shapes', () => {
    const shapes = new Set(Array.from({ length: 10 }, (_, i) => markerPath(i, { x: 0, y: 0 }, 5)));
    expect(shapes.size).to.equal(10);
  });
});
