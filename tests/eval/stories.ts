/**
 * Stories on unrelated articles (`npm run eval -- --only stories`): the PolNeAR dev articles
 * (English news of many days) and the attribution set's Arabic articles are analysed and their
 * suggestions accepted as the CLI does, then grouped. Articles about different events should give
 * (almost) no cross-article stories; the number is printed with a sample to read. A story whose
 * claims have different speakers (after a spokesperson is folded into its body) is an error.
 */
import type { CaseData } from '../../shared/domain';
import { groupStories, speakerGroups } from '../../shared/stories';
import { acceptAllSuggestions } from '../../electron/cli/accept';
import { withCliSession } from '../../electron/cli/session';
import { readAttribution } from './attribution';
import { readPolnear } from './data';

interface Doc {
  name: string;
  text: string;
}

/** A case of the given articles with every suggestion accepted, as `cli stories --accept-suggestions` builds it. */
export async function acceptedCase(docs: readonly Doc[]): Promise<CaseData> {
  return withCliSession(null, async (session) => {
    for (const d of docs) await session.call('addTextArticle', { title: d.name.slice(0, 200), text: d.text });
    await acceptAllSuggestions(session);
    return session.ws.data;
  });
}

const clip = (s: string, n = 110): string => (s.length > n ? `${s.slice(0, n - 1)}…` : s).replace(/\s+/g, ' ');

async function report(name: string, docs: readonly Doc[], sample: number): Promise<void> {
  const data = await acceptedCase(docs);
  const claims = data.annotations.filter((a) => a.kind === 'claim').length;
  const t0 = performance.now();
  const r = groupStories(data);
  const ms = performance.now() - t0;
  const groups = speakerGroups(data.actors);
  const cross = r.stories.filter((s) => new Set(s.claims.map((c) => c.articleId)).size > 1);
  const mixed = r.stories.filter((s) => new Set(s.claims.map((c) => (c.speakerId ? (groups.get(c.speakerId) ?? c.speakerId) : null))).size > 1);
  const sameOrigin = Object.entries(r.originOf).filter(([a, o]) => a !== o).length;
  console.log(`\n${name}: ${docs.length} articles, ${claims} accepted claims → ${r.stories.length} stories in ${ms.toFixed(0)} ms`);
  console.log(`  cross-article stories: ${cross.length} (${cross.reduce((n, s) => n + s.claims.length, 0)} claims); stories joining different speakers: ${mixed.length} (must be 0); articles folded into another origin: ${sameOrigin}`);
  const title = new Map(data.articles.map((a) => [a.id, a.title]));
  const speakerName = new Map(data.actors.map((a) => [a.id, a.name]));
  for (const s of cross.slice(0, sample)) {
    console.log(`  - ${s.speaker?.name ?? 'unattributed'} · ${s.origins.length} origins · grade ${s.credibility.grade}`);
    for (const c of s.claims) console.log(`      ${String(title.get(c.articleId)).padEnd(28).slice(0, 28)} [${c.speakerId ? speakerName.get(c.speakerId) : '-'}] “${clip(c.quote)}”`);
  }
  for (const s of mixed.slice(0, sample)) console.log(`  ! mixed speakers in ${s.id}: ${s.claims.map((c) => c.speakerId).join(', ')}`);
}

/** Prints the stories part of the evaluation; false when no data set was found. */
export async function evaluateStories(sample = 8): Promise<boolean> {
  let any = false;
  const polnear = readPolnear();
  if (polnear.length) {
    any = true;
    await report('Stories on PolNeAR dev (unrelated English articles)', polnear.map((d) => ({ name: d.name, text: d.text })), sample);
  } else console.log('PolNeAR dev not found: stories on it skipped');
  const arabic = (await readAttribution()).filter((d) => d.lang === 'ar');
  if (arabic.length) {
    any = true;
    await report('Stories on the Arabic dev articles (attribution set)', arabic.map((d) => ({ name: d.name, text: d.text })), sample);
  } else console.log('Arabic dev articles not found: stories on them skipped');
  return any;
}
