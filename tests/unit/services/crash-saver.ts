/**
 * Child process for crash-safety.test.ts: opens a case file with the real CaseStore and saves edits in
 * a loop until it is killed. Protocol on stdout, one line each (pipes are written synchronously on
 * Linux, so every line printed before a SIGKILL reaches the parent):
 *   loaded              started; waiting for "go" on stdin before it touches the case
 *   ready <n0>          opened the case; its counter was n0
 *   recovered <n0>      the main file did not open and the .bak was saved over it (what an analyst
 *                       would do after the "Open its .bak copy" message)
 *   writing <n> <w>     edits up to n are in memory; write number w of this process starts now (its
 *                       temporary files are `.<name>.<pid>.<random hex>.tmp`, writeFileAtomic's naming)
 *   acked <n>           flush() resolved: edit n is acknowledged
 * Edit n sets the title to "edit n" and appends actor "actor-n", so the parent can check that an
 * opened file holds every edit 1..n and nothing torn. Usage: node saver.mjs CASE SEED PAD_MIN PAD_MAX,
 * then write "go\n" to its stdin; it does not touch the case before that.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../../shared/domain';
import { CaseStore } from '../../../electron/services/case-store';
import { parseCaseText } from '../../../electron/services/case-file';
import { mulberry32 } from '../../support/prng';
import { counterOf } from './crash-shared';

const PAD_ID = 'padding-article';
// Arabic with Latin names inside, like the cases the app holds; UTF-8 makes most of it two bytes a char.
const PAD_UNIT = 'قال المتحدث باسم الحكومة (UN) إن المحادثات في جنيف ستستأنف الأسبوع المقبل.\n';

let padSource = '';

function paddingArticle(chars: number, n: number): Article {
  // Built once and sliced, so the loop spends its time saving rather than building strings.
  if (padSource.length < chars) padSource = PAD_UNIT.repeat(Math.ceil(chars / PAD_UNIT.length) + 1);
  const text = padSource.slice(0, Math.max(1, chars));
  return {
    id: PAD_ID,
    title: `padding at edit ${n}`,
    text,
    lang: 'ar',
    dir: 'rtl',
    url: null,
    publisher: null,
    byline: null,
    publishedAt: null,
    origin: { fileName: null, format: 'paste', encoding: null },
    contentHash: `pad-${n}`,
    paragraphStarts: [0],
    sourceId: null,
    addedAt: '2026-01-01T00:00:00.000Z',
  };
}

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Opens the case; `writes` counts the atomic writes already made (recovery saves once). */
async function openOrRecover(file: string): Promise<{ store: CaseStore; writes: number }> {
  try {
    return { store: await CaseStore.open(file), writes: 0 };
  } catch (error) {
    const bak = `${file}.bak`;
    const data = parseCaseText(await readFile(bak, 'utf8'), path.basename(bak));
    say(`recovered ${counterOf(data)} ${error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error)}`);
    return { store: await CaseStore.create(file, data), writes: 1 };
  }
}

function waitForGo(): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const onData = (chunk: Buffer): void => {
      seen += chunk.toString('utf8');
      if (!seen.includes('go\n')) return;
      process.stdin.off('data', onData);
      process.stdin.off('end', onEnd);
      process.stdin.pause();
      resolve();
    };
    const onEnd = (): void => reject(new Error('stdin closed before "go"'));
    process.stdin.on('data', onData);
    process.stdin.on('end', onEnd);
  });
}

async function main(): Promise<void> {
  const [file, seedArg, padMinArg, padMaxArg] = process.argv.slice(2);
  if (!file || !seedArg || !padMinArg || !padMaxArg) throw new Error('usage: saver CASE SEED PAD_MIN PAD_MAX');
  const random = mulberry32(Number(seedArg));
  const padMin = Number(padMinArg);
  const padMax = Number(padMaxArg);
  // Never outlive a parent that died without killing us.
  setTimeout(() => process.exit(3), 60_000).unref();
  // Started ahead of time so Node's start-up is off the clock; touch the case only once the parent
  // says "go" (after the previous child is dead), as a restarted app would.
  say('loaded');
  await waitForGo();

  const opened = await openOrRecover(file);
  const store = opened.store;
  let writes = opened.writes;
  let n = counterOf(store.data);
  say(`ready ${n}`);
  for (;;) {
    // One to three edits per save, as when an analyst types while a save is running.
    const batch = 1 + Math.floor(random() * 3);
    for (let i = 0; i < batch; i++) {
      n++;
      const data = store.data;
      const padChars = Math.floor(padMin + random() * (padMax - padMin));
      store.update({
        ...data,
        title: `edit ${n}`,
        articles: [paddingArticle(padChars, n), ...data.articles.filter((a) => a.id !== PAD_ID)],
        actors: [...data.actors, { id: `actor-${n}`, name: `Actor ${n}`, type: 'person', aliases: [`الفاعل ${n}`], role: '' }],
      });
    }
    writes++;
    say(`writing ${n} ${writes}`);
    await store.flush();
    say(`acked ${n}`);
    // Sometimes idle a moment, so kills also land between saves.
    if (random() < 0.3) await new Promise((resolve) => setTimeout(resolve, Math.floor(random() * 4)));
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`crash-saver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(2);
});
