// /guides/vendor-selection/scoring-sheet.csv: the weighted criteria of content/vendor-criteria/ as a
// sheet to score vendors in, opened by Excel, LibreOffice Calc or Google Sheets. The byte order mark
// makes Excel read the file as UTF-8.
import type { APIRoute } from 'astro';
import { allVendorCategories } from '../../../src/components/data.ts';
import { toCsv } from '../../../src/lib/csv.ts';
import { scoringSheetRows } from '../../../src/lib/scoring-sheet.ts';
import { labelOf, PROOF_KINDS } from '../../../src/site/vocabulary.ts';

export const GET: APIRoute = async () => {
  const rows = scoringSheetRows(await allVendorCategories(), (id) => labelOf(PROOF_KINDS, id));
  return new Response(`\uFEFF${toCsv(rows)}`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
