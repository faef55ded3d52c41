import { isStored, optionColumn } from '../../../src/lib/codebook/columns';
import type { Codebook, CodedItem, MultiItem } from '../../../src/lib/codebook/types';
import { isCoded, isMulti } from '../../../src/lib/codebook/types';
import { writeCsv } from '../../../src/lib/data/csv';
import type { Row } from './own-file';

/**
 * Respondents in the codebook's terms (ownFile's rows) written as Qualtrics exports them by
 * default: three header records (column ids, question texts, ImportIds), the answers of a coded
 * question as Qualtrics' own numbers (here in reverse order of the codebook: never the codebook's
 * codes by position), a multi-select as one column per option of 1 or blank, and `heavy_day` as
 * one column of choice numbers ("1,3"). Its first columns are the metadata Qualtrics adds, among
 * them columns that identify a respondent, each holding a value unique to its row.
 */

/** Qualtrics' number for a codebook code of a coded item (reverse order). */
export const qualtricsCode = (item: CodedItem, code: string): string =>
  code === '' ? '' : String(item.values.length - item.values.findIndex((v) => v.code === code));

/** The codebook code a Qualtrics number of a coded item stands for. */
const codeOfQualtrics = (item: CodedItem, number: string): string =>
  item.values[item.values.length - Number(number)]!.code;

/** The multi-select question written as one column of choice numbers. */
export const DELIMITED = 'heavy_day';

/** What each identifying column holds for respondent i: found nowhere on the page. */
export const IDENTIFYING: Record<string, (i: number) => string> = {
  'IP Address': (i) => `10.${(i % 200) + 17}.201.${(i % 50) + 3}`,
  'Recipient Last Name': (i) => `Geheimnaam${i}x`,
  'Recipient First Name': (i) => `Voornaamgeheim${i}x`,
  'Recipient Email': (i) => `aios.geheim.${i}@ziekenhuis.example`,
  'Location Latitude': (i) => `52.${String(70_001 + i)}`,
  'Location Longitude': (i) => `4.${String(80_001 + i)}`,
  'Response ID': (i) => `R_GEHEIM${(1e9 + i).toString(36)}`,
};

const META: [string, string, string, (i: number) => string][] = [
  ['StartDate', 'Start Date', 'startDate', () => '2026-03-01 09:12:00'],
  ['EndDate', 'End Date', 'endDate', () => '2026-03-01 09:25:13'],
  ['Status', 'Response Type', 'status', () => '0'],
  ['IPAddress', 'IP Address', 'ipAddress', IDENTIFYING['IP Address']!],
  ['Progress', 'Progress', 'progress', () => '100'],
  ['Finished', 'Finished', 'finished', () => '1'],
  ['ResponseId', 'Response ID', '_recordId', IDENTIFYING['Response ID']!],
  [
    'RecipientLastName',
    'Recipient Last Name',
    'recipientLastName',
    IDENTIFYING['Recipient Last Name']!,
  ],
  [
    'RecipientFirstName',
    'Recipient First Name',
    'recipientFirstName',
    IDENTIFYING['Recipient First Name']!,
  ],
  ['RecipientEmail', 'Recipient Email', 'recipientEmail', IDENTIFYING['Recipient Email']!],
  ['LocationLatitude', 'Location Latitude', 'locationLatitude', IDENTIFYING['Location Latitude']!],
  [
    'LocationLongitude',
    'Location Longitude',
    'locationLongitude',
    IDENTIFYING['Location Longitude']!,
  ],
  ['UserLanguage', 'User Language', 'userLanguage', () => 'NL'],
];

interface Column {
  head: [string, string, string];
  cell: (row: Row, i: number) => string;
}

/** The export's text (CRLF, as Qualtrics writes it). `first` numbers the respondents' metadata. */
export function qualtricsExport(codebook: Codebook, rows: readonly Row[], first = 0): string {
  const columns: Column[] = META.map(([id, text, importId, cell]) => ({
    head: [id, text, JSON.stringify({ ImportId: importId })],
    cell: (_, i) => cell(first + i),
  }));
  codebook.items.filter(isStored).forEach((item, q) => {
    const id = `Q${q + 1}`;
    const importId = (suffix = '') => JSON.stringify({ ImportId: `QID${q + 1}${suffix}` });
    if (isMulti(item) && item.id === DELIMITED)
      columns.push({
        head: [id, item.question.nl, importId()],
        cell: (r) =>
          item.options
            .flatMap((o, k) => (r[optionColumn(item, o)] === '1' ? [String(k + 1)] : []))
            .join(','),
      });
    else if (isMulti(item))
      item.options.forEach((o, k) =>
        columns.push({
          head: [`${id}_${k + 1}`, `${item.question.nl} - ${o.label.nl}`, importId(`_${k + 1}`)],
          cell: (r) => (r[optionColumn(item, o)] === '1' ? '1' : ''),
        }),
      );
    else
      columns.push({
        head: [id, item.question.nl, importId()],
        cell: isCoded(item)
          ? (r) => qualtricsCode(item, r[item.id] ?? '')
          : (r) => r[item.id] ?? '',
      });
  });
  const heads = [0, 1, 2].map((k) => columns.map((c) => c.head[k]!));
  return writeCsv(
    heads[0]!,
    [...heads.slice(1), ...rows.map((r, i) => columns.map((c) => c.cell(r, i)))],
    {
      newline: '\r\n',
    },
  );
}

/**
 * What an export column's own answer means in the codebook, as a data owner matches it: the
 * coded item whose question the column is, or the delimited question's option. Null for a column
 * whose answers need no matching.
 */
export function meaningOf(codebook: Codebook, column: string, answer: string): string | null {
  for (const item of codebook.items.filter(isStored)) {
    if (item.question.nl !== column) continue;
    if (isCoded(item)) return codeOfQualtrics(item, answer);
    if (isMulti(item)) return (item as MultiItem).options[Number(answer) - 1]!.code;
  }
  return null;
}
