// The vendor scoring sheet downloads from its guide through nginx as the deployment serves it: a CSV
// file with the name the link gives it, marked UTF-8, whose header carries the score columns the guide
// describes.
import { describe, it } from 'vitest';
import { buffer } from 'node:stream/consumers';
import { closeSession, hasChromium, openSession, useBuiltSite } from '../helpers/browser.ts';
import { parseCsv } from '../helpers/spreadsheet.ts';

describe.skipIf(!hasChromium)('vendor scoring sheet', () => {
  const site = useBuiltSite();

  it('downloads from the guide as a UTF-8 CSV with the score and points columns', async ({ expect }) => {
    const session = await openSession(site);
    const { page } = session;
    await page.goto(`${site.server.origin}/guides/vendor-selection/`);
    const link = page.getByRole('link', { name: 'Download the scoring sheet (CSV)' });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe('vendor-scoring-sheet.csv');
    // The shared Chromium runs in another process, so the file is read as a stream, not from a path.
    const bytes = await buffer(await download.createReadStream());
    const header = parseCsv(bytes.subarray(3).toString('utf8'))[0];
    expect(header).toContain('Vendor A score (0-5)');
    expect(header).toContain('Vendor C points');
    // Debian's mime.types has no csv entry, so nginx sends application/octet-stream: the `download`
    // attribute and the file name still make it a download, and the byte order mark says UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    await closeSession(session);
  });
});
