import { describe, expect, it } from 'vitest';
import { getItem } from '../../src/lib/codebook/columns';
import type { CodedItem, MultiItem, NumericItem } from '../../src/lib/codebook/types';
import type { Panel, PanelRow } from '../../src/lib/figures/panel';
import { aggregateTable } from '../../src/lib/export/csv';
import { toCsv } from '../../src/lib/export/csv-file';
import { exportFileName, slug } from '../../src/lib/export/filename';
import { composeSvg, wrapText } from '../../src/lib/export/svg';
import { readCodebook } from './helpers/data';

const codebook = readCodebook();
const labelOf = (row: PanelRow) => (row.kind === 'benchmark' ? 'Alle respondenten' : 'Radiologie');
const base = { group: null, excluded: 0, missing: 0 };

describe('export file names', () => {
  it('names a file after what it shows, the filters and the wave', () => {
    expect(
      exportFileName({ subject: 'Overwerk', filters: ['radiologie'], wave: 2024 }, 'png'),
    ).toBe('overwerk_radiologie_2024.png');
    expect(
      exportFileName(
        { subject: 'Werk-privébalans', filters: [], compare: 'hospital_type', wave: 2022 },
        '.pptx',
      ),
    ).toBe('werk-privebalans_per-hospital-type_2022.pptx');
    expect(
      exportFileName(
        { subject: 'Overwerk totaal', filters: ['radiologie', 'umc'], wave: 2024 },
        'csv',
      ),
    ).toBe('overwerk-totaal_radiologie_umc_2024.csv');
  });

  it('makes safe slugs of any label, never an empty name', () => {
    expect(slug('Categoraal / overig (incl. GGZ)')).toBe('categoraal-overig-incl-ggz');
    expect(slug('Ça “déjà vu”?')).toBe('ca-deja-vu');
    expect(slug('x'.repeat(80))).toHaveLength(40);
    expect(exportFileName({ subject: '???', filters: [], wave: 2024 }, 'svg')).toBe(
      'grafiek_2024.svg',
    );
  });
});

describe('the CSV of a chart', () => {
  it('holds a mean chart’s table: estimate, interval, median, n; a hidden row only its note', () => {
    const item = getItem(codebook, 'hours_worked') as NumericItem;
    const panel: Panel = {
      type: 'mean',
      item,
      rows: [
        {
          kind: 'selection',
          group: null,
          figure: {
            ...base,
            n: 131,
            value: { estimate: 44.26, lo: 43.04, hi: 45.55, sd: 6, median: 45 },
          },
          comparison: {
            diff: -0.84,
            lo: -2.13,
            hi: 0.46,
            p: 0.2,
            method: 'welch',
            pAdjusted: 0.2,
            significant: false,
          },
        },
        {
          kind: 'benchmark',
          group: null,
          figure: { ...base, n: 7, value: null },
        },
      ],
    };
    const table = aggregateTable(panel, labelOf, 'nl');
    expect(table.columns).toEqual([
      'Groep',
      'Schatting',
      '95%-BI ondergrens',
      '95%-BI bovengrens',
      'Mediaan',
      'n',
      'Verschil met de rest',
      'Verschil 95%-BI ondergrens',
      'Verschil 95%-BI bovengrens',
      'Significant (Benjamini–Hochberg, p < 0,05)',
      'Opmerking',
    ]);
    // The difference from the rest with its 95% interval (Welch's, for a mean).
    expect(table.rows).toEqual([
      ['Radiologie', '44.3', '43.0', '45.6', '45.0', '131', '-0.8', '-2.1', '0.5', 'nee', ''],
      ['Alle respondenten', '', '', '', '', '', '', '', '', '', 'minder dan 10 antwoorden'],
    ]);
  });

  it('holds a scale’s answers and headline share in whole percents, a range stays a range', () => {
    const item = getItem(codebook, 'burnout') as CodedItem;
    const value = (estimate: number) => ({ estimate, lo: estimate - 0.05, hi: estimate + 0.05 });
    const panel: Panel = {
      type: 'share',
      item,
      rows: [
        {
          kind: 'selection',
          group: null,
          figure: {
            ...base,
            n: 120,
            value: value(0.304),
            parts: [
              { code: 'ja', value: value(0.304) },
              { code: 'nee', value: value(0.696) },
            ],
          },
          // A share's difference and its (Newcombe) interval are in points, as on screen.
          comparison: {
            diff: -0.127,
            lo: -0.201,
            hi: -0.052,
            p: 0.001,
            method: 'z',
            pAdjusted: 0.002,
            significant: true,
          },
        },
        {
          kind: 'benchmark',
          group: null,
          figure: {
            ...base,
            n: 15,
            value: { estimate: 0.05, lo: 0, hi: 0.05, bound: 'below' },
            parts: [
              { code: 'ja', value: { estimate: 0.05, lo: 0, hi: 0.05, bound: 'below' } },
              { code: 'nee', value: { estimate: 0.95, lo: 0.95, hi: 1, bound: 'above' } },
            ],
          },
        },
      ],
    };
    const table = aggregateTable(panel, labelOf, 'en');
    expect(table.columns).toEqual([
      'Group',
      'Yes (%)',
      'No (%)',
      'yes (%)',
      '95% CI lower',
      '95% CI upper',
      'n',
      'Difference from the rest',
      'Difference 95% CI lower',
      'Difference 95% CI upper',
      'Significant (Benjamini–Hochberg, p < 0.05)',
      'Note',
    ]);
    expect(table.rows).toEqual([
      ['Radiologie', '30', '70', '30', '25', '35', '120', '-12.7', '-20.1', '-5.2', 'yes', ''],
      ['Alle respondenten', '<5', '>95', '<5', '', '', '15', '', '', '', '', ''],
    ]);
  });

  it('holds each option of a multi-select question, and quotes cells that need it', () => {
    const item = getItem(codebook, 'burnout_cause') as MultiItem;
    const parts = item.options.map((o, i) => ({
      code: o.code,
      value: i === 0 ? null : { estimate: 0.1 * i, lo: 0, hi: 1 },
    }));
    const panel: Panel = {
      type: 'options',
      item,
      rows: [{ kind: 'selection', group: null, figure: { ...base, n: 40, value: null, parts } }],
    };
    const table = aggregateTable(panel, () => 'Radiologie, "UMC"', 'nl');
    expect(table.columns.slice(1, -2)).toEqual(item.options.map((o) => `${o.label.nl} (%)`));
    expect(table.rows[0]).toEqual([
      'Radiologie, "UMC"',
      '',
      ...item.options.slice(1).map((_, i) => String(10 * (i + 1))),
      '40',
      '',
    ]);
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFGroep,')).toBe(true);
    expect(csv.split('\r\n')[1]!.startsWith('"Radiologie, ""UMC""",,10,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('the SVG of a chart', () => {
  const plot = { svg: '<svg width="400" height="120"></svg>', width: 400, height: 120 };

  it('wraps long text by words within the width', () => {
    const lines = wrapText('een twee drie vier vijf zes zeven acht negen tien', 60, 10);
    expect(lines.join(' ')).toBe('een twee drie vier vijf zes zeven acht negen tien');
    expect(lines.length).toBeGreaterThan(1);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(10);
  });

  it('draws title, question, legend, plot and footer, escaped, at the plot’s width plus margins', () => {
    const image = composeSvg({
      title: 'Overwerk <totaal> & meer',
      question: 'Hoeveel uur?',
      plots: [{ ...plot, legend: [{ label: 'Ja', colour: '#ca0020' }] }],
      footer: ['Selectie: Radiologie (n = 131)', 'Bron: DJS enquête 2024 — synthetische demodata'],
    });
    expect(image.width).toBe(432);
    expect(image.svg).toContain(`width="432" height="${image.height}"`);
    expect(image.svg).toContain('<title>Overwerk &lt;totaal&gt; &amp; meer</title>');
    expect(image.svg).toContain('“Hoeveel uur?”');
    expect(image.svg).toContain('fill="#ca0020"');
    expect(image.svg).toContain(plot.svg);
    expect(image.svg).toContain('Bron: DJS enquête 2024 — synthetische demodata');
    // Without the header (a slide has its own title), the picture is shorter and has no question.
    const bare = composeSvg({
      title: 'x',
      question: 'Hoeveel uur?',
      plots: [{ ...plot, legend: [] }],
      footer: [],
      header: false,
    });
    expect(bare.svg).not.toContain('Hoeveel uur?');
    expect(bare.height).toBeLessThan(image.height);
    expect(bare.height).toBeGreaterThanOrEqual(120);
  });
});
