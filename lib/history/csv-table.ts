/**
 * Text of a CSV export → a table: the header, the data rows with their line numbers (so an error
 * can say "row 14"), and the `# Key: value` lines some exports put first (GA4 writes its account,
 * property and date range that way). Quoting, `;` and tab delimiters are papaparse's job.
 */
import Papa from 'papaparse';

export interface Row {
  /** 1-based line of the file, as a text editor or spreadsheet shows it. */
  line: number;
  cells: string[];
}

export interface Table {
  header: string[];
  rows: Row[];
  /** `# Start date: 20260901` → { 'start date': '20260901' } (keys lower-cased). */
  meta: Record<string, string>;
  delimiter: string;
}

const META = /^#\s*([^:]+):\s*(.*)$/;

interface Block {
  start: number; // 0-based line index of the block's first line
  lines: string[];
}

/** Blank lines separate tables (GA4 puts several in one file); `#` lines are comments. */
function blocks(lines: string[], meta: Record<string, string>): Block[] {
  const out: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, i) => {
    const t = line.trim();
    if (t.startsWith('#')) {
      const m = META.exec(t);
      if (m) meta[m[1]!.trim().toLowerCase()] ??= m[2]!.trim();
      current = null;
      return;
    }
    // A row of bare delimiters is as empty as a blank line (spreadsheets write ",,,").
    if (t === '' || /^[,;\t]+$/.test(t)) {
      current = null;
      return;
    }
    if (!current) {
      current = { start: i, lines: [] };
      out.push(current);
    }
    current.lines.push(line);
  });
  return out;
}

function parseBlock(block: Block): Omit<Table, 'meta'> | null {
  const parsed = Papa.parse<string[]>(block.lines.join('\n'), {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false,
  });
  const [header, ...data] = parsed.data;
  if (!header || header.length < 2) return null;
  return {
    header: header.map((h) => h.trim()),
    // Papaparse's rows follow the block's lines one to one unless a quoted cell spans lines,
    // which no dashboard export does; the line number is then exact.
    rows: data.map((cells, i) => ({ line: block.start + i + 2, cells })),
    delimiter: parsed.meta.delimiter,
  };
}

/**
 * The table of the file: the first block whose header `wanted` accepts (a date column), else the
 * first block that has at least two columns. Null when there is none.
 */
export function readTable(text: string, wanted: (header: string[]) => boolean): Table | null {
  const meta: Record<string, string> = {};
  const parsed = blocks(text.split(/\r\n|\n|\r/), meta)
    .map(parseBlock)
    .filter((b): b is Omit<Table, 'meta'> => b !== null);
  const chosen = parsed.find((b) => wanted(b.header)) ?? parsed[0];
  return chosen ? { ...chosen, meta } : null;
}
