// The Word files of the job descriptions in dist/: one per role and level, linked from the hiring
// page, each a well-formed .docx (read with the zip reader in tests/helpers/zip.ts) that holds the job
// description of that level. Where LibreOffice is installed, it opens one too and must read the same
// text; it is optional (not in .ci/run), so without it that one check says so and is skipped.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readBuiltPage } from '../../src/lib/built-site.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { hiringSchema } from '../../src/schemas/hiring.ts';
import { jobDocxPath, rolePath } from '../../src/site/paths.ts';
import { docxParagraphs } from '../helpers/docx.ts';
import { readZip } from '../helpers/zip.ts';

const DIST = join(process.cwd(), 'dist');
const kits = readContent(process.cwd()).hiring.map((h) => hiringSchema.parse(h.data));

/** LibreOffice's command, from SOFFICE_PATH or the usual Debian place. */
const soffice = [process.env.SOFFICE_PATH, '/usr/bin/soffice'].find((p): p is string => !!p && existsSync(p));
const INSTALL_SOFFICE = 'apt-get update && apt-get install -y libreoffice-writer-nogui';

describe('job descriptions as Word files', () => {
  for (const kit of kits)
    it(`${kit.role}: one .docx per level, linked from the hiring page, holding that level's job description`, () => {
      const links = readBuiltPage(DIST, rolePath(kit.role, 'hiring')).mainLinks;
      for (const job of kit.levels) {
        const path = jobDocxPath(kit.role, job.level);
        expect(links, `the hiring page links ${path}`).toContain(path);
        const files = readZip(readFileSync(join(DIST, path)));
        const paragraphs = docxParagraphs(files.get('word/document.xml')!.toString('utf8'));
        expect(paragraphs[0], path).toEqual({ style: 'Heading1', text: job.title, numbered: false });
        const items = paragraphs.filter((p) => p.numbered).map((p) => p.text);
        expect(items, path).toEqual([
          ...job.responsibilities,
          ...job.success6Months,
          ...job.success12Months,
          ...job.requirements,
          ...job.notRequired,
        ]);
      }
    });

  // A missing LibreOffice is a loud skip on a developer's machine and a failure in CI, which installs it.
  it.skipIf(!soffice && process.env.CI !== 'true')(
    'opens in LibreOffice, which reads the same title and list items',
    () => {
      if (!soffice) expect.fail(`LibreOffice (soffice) is not installed: ${INSTALL_SOFFICE} (or set SOFFICE_PATH)`);
      const kit = kits[0]!;
      const job = kit.levels[1]!;
      const out = mkdtempSync(join(tmpdir(), 'docx-'));
      try {
        execFileSync(
          soffice,
          [
            '--headless',
            '--norestore',
            `-env:UserInstallation=file://${join(out, 'profile')}`,
            '--convert-to',
            'txt:Text',
            '--outdir',
            out,
            join(DIST, jobDocxPath(kit.role, job.level)),
          ],
          { stdio: 'pipe', timeout: 120_000 },
        );
        const text = readFileSync(join(out, `${job.level}.txt`), 'utf8').replace(/^\uFEFF/, '');
        const lines = text.split(/\r?\n/).map((l) => l.trim());
        expect(lines[0]).toBe(job.title);
        for (const item of job.responsibilities) expect(lines).toContain(`• ${item}`);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    },
    150_000,
  );
  if (!soffice)
    console.warn(
      `job-docx: LibreOffice (soffice) is not installed, so no .docx was opened in it; the XML checks still ran. Install it: ${INSTALL_SOFFICE}`,
    );
});
