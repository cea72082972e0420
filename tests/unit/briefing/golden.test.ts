import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseData } from '../../../shared/domain';
import { buildBriefing } from '../../../shared/briefing/model';
import { renderMarkdown } from '../../../shared/briefing/markdown';
import { FIXTURE_DIR, fixtureCase } from '../../fixtures/briefing/cases';

const CASE_JSON = path.join(FIXTURE_DIR, 'case.json');
const EXPECTED_MD = path.join(FIXTURE_DIR, 'expected.md');
// As exported to case.md: the network picture is written beside it as case.network.svg.
const AS_FILE = { networkImage: 'case.network.svg' };

// UPDATE_GOLDEN=1 npx vitest run tests/unit/briefing rewrites both files from cases.ts; review the diff.
if (process.env.UPDATE_GOLDEN === '1') {
  const data = fixtureCase();
  writeFileSync(CASE_JSON, JSON.stringify(data, null, 2) + '\n');
  writeFileSync(EXPECTED_MD, renderMarkdown(buildBriefing(data), AS_FILE));
}

describe('golden Markdown briefing', () => {
  const data = JSON.parse(readFileSync(CASE_JSON, 'utf8')) as CaseData;
  const md = renderMarkdown(buildBriefing(data), AS_FILE);

  it('matches the reviewed expected.md byte for byte', () => {
    expect(md).toBe(readFileSync(EXPECTED_MD, 'utf8'));
  });

  it('case.json is what cases.ts builds (the fixture did not drift from its builder)', () => {
    expect(data).toEqual(fixtureCase());
  });
});
