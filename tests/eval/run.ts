/**
 * `npm run eval`: measures the suggestion engine on the dev sets in ../shared/eval/dev and prints tables.
 * Not a test: it never fails on low numbers (exit status 1 only when no data set could be read).
 */
import { readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../shared/domain';
import { DEV, readNewsfane, readPolnear, readWojood } from './data';
import { scoreNer, scorePolnear, throughput, type Prf } from './score';

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const row = (name: string, s: Prf): string => `| ${name.padEnd(29)} | ${pct(s.p)} | ${pct(s.r)} | ${pct(s.f)} | ${String(s.predicted).padStart(6)} | ${String(s.gold).padStart(6)} |`;
const HEAD = `| ${'measure'.padEnd(29)} |   P % |   R % |  F1 % |   pred |   gold |\n|${'-'.repeat(31)}|-------|-------|-------|--------|--------|`;

/** Consecutive NER sentences analysed together as one article. */
const DOC_SENTENCES = 10;

function main(): number {
  let any = false;
  const polnear = readPolnear();
  if (polnear.length) {
    any = true;
    const s = scorePolnear(polnear);
    console.log(`\nPolNeAR dev (English attribution, ${s.docs} annotated articles)\n`);
    console.log(HEAD);
    console.log(row('attribution (strict)', s.strict));
    console.log(row('span only (≥ half overlap)', s.spanOnly));
    console.log(row('lenient (any overlap)', s.lenient));
    console.log(`\nspeaker accuracy on span-matched pairs: ${pct(s.speakerAccuracy)} % of ${s.speakerPairs}`);
    console.log('(targets: strict F1 ≥ 55 %, speaker accuracy ≥ 70 %; calling every sentence a claim scores a lenient F1 near 83 %)');
  } else console.log('PolNeAR dev not found: skipped');
  for (const [name, read] of [
    ['Wojood sample (train+val)', readWojood],
    ['NewsFANE gold part 1', readNewsfane],
  ] as const) {
    const sents = read();
    if (!sents.length) {
      console.log(`${name} not found: skipped`);
      continue;
    }
    any = true;
    // The app analyses whole articles; the sets keep no article breaks, so runs of DOC_SENTENCES
    // consecutive sentences stand in for one. The sentence-alone figure is printed beside it.
    const { all: s, actorsOnly } = scoreNer(sents, DOC_SENTENCES);
    const alone = scoreNer(sents, 1).all;
    console.log(`\nArabic actor mentions, ${name} (${sents.length} sentences, analysed ${DOC_SENTENCES} at a time as one article; exact token spans)\n`);
    console.log(HEAD);
    console.log(row('person', s.person));
    console.log(row('organisation', s.organisation));
    console.log(row('place (state/city)', s.place));
    console.log(row('person + organisation', s['person+organisation']));
    console.log(row('person + org + place', s['person+organisation+place']));
    console.log(row('person + org, sentence alone', alone['person+organisation']));
    console.log(row('person + org, actors only', actorsOnly['person+organisation']));
  }
  console.log('(target: person + organisation F1 ≥ 60 % on each, person + organisation + place F1 ≥ 70 % on Wojood; organisations include the news outlets suggested as sources,');
  console.log(' except in the "actors only" row)');
  const texts: { text: string; lang: Lang }[] = polnear.map((d) => ({ text: d.text, lang: 'en' }));
  const arabic = [join(DEV, 'wojood', 'train.txt'), join(DEV, 'newsfane', 'newsfane-part1.txt')].filter(existsSync);
  for (const f of arabic) {
    // Rebuild running text from the token columns, a sentence per line, in chunks of article size.
    const lines = readFileSync(f, 'utf8').replace(/[\uFEFF\r\u200E]/g, '').split('\n');
    let chunk = '';
    let sentence: string[] = [];
    for (const l of lines) {
      const tok = l.split(/[\t ]/)[0] ?? '';
      if (!tok.trim() || tok === '$#$') {
        if (sentence.length) chunk += sentence.join(' ') + '\n';
        sentence = [];
        if (chunk.length > 20000) {
          texts.push({ text: chunk, lang: 'ar' });
          chunk = '';
        }
      } else sentence.push(tok);
    }
    if (chunk) texts.push({ text: chunk, lang: 'ar' });
  }
  const seed = '../shared/fixtures/seed-article-ar.txt';
  if (existsSync(seed)) texts.push({ text: readFileSync(seed, 'utf8'), lang: 'ar' });
  if (texts.length) {
    const t = throughput(texts);
    console.log(`\nThroughput (best of 5, after two warm-ups, language given as stored on an article): ${(t.bytes / 1e6).toFixed(2)} MB of English and Arabic dev text`);
    console.log(`  wall clock ${t.seconds.toFixed(2)} s = ${t.mbPerSecond.toFixed(2)} MB/s; CPU time ${t.cpuSeconds.toFixed(2)} s = ${t.cpuMbPerSecond.toFixed(2)} MB/s (target ≥ 2 MB/s; load average now ${loadavg()[0]?.toFixed(1)})`);
  }
  return any ? 0 : 1;
}

process.exitCode = main();
