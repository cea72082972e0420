/**
 * Prints how long anchorAll takes for 20,000 annotations over 1,000 texts of about 5 KB, in four
 * situations: untouched texts, texts edited at the start (every annotation moved), harakat/tatweel
 * added inside every quote (folded path), and one letter changed inside every quote (approximate path).
 * Not a test: run with `npx tsx tests/bench/anchor-all.ts`.
 */
import { performance } from 'node:perf_hooks';
import { anchorAll, type AnchorResult } from '../../shared/anchoring/anchor';
import { describeRange } from '../../shared/anchoring/describe';
import type { Annotation } from '../../shared/domain';
import { SEED_ARTICLE } from '../unit/anchoring/seed';

const TEXTS = 1000;
const PER_TEXT = 20;

let seed = 42;
const rand = (): number => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const paragraphs = SEED_ARTICLE.split('\n');
function makeText(i: number): string {
  const out: string[] = [`نص رقم ${i}`];
  while (out.join('\n').length < 5000) out.push(paragraphs[Math.floor(rand() * paragraphs.length)] ?? '');
  return out.join('\n').slice(0, 5000);
}

function annotationsFor(text: string, t: number): Annotation[] {
  const out: Annotation[] = [];
  for (let k = 0; k < PER_TEXT; k += 1) {
    const length = 10 + Math.floor(rand() * 80);
    const start = Math.floor(rand() * (text.length - length));
    out.push({
      id: `t${t}-a${k}`,
      articleId: `t${t}`,
      kind: 'claim',
      target: describeRange(text, start, start + length),
      origin: { kind: 'manual' },
      review: 'accepted',
      confidence: 1,
      claim: null,
      actorId: null,
      sourceId: null,
      note: '',
      createdAt: '',
      updatedAt: '',
    });
  }
  return out;
}

const corpus = Array.from({ length: TEXTS }, (_, t) => {
  const text = makeText(t);
  return { text, annotations: annotationsFor(text, t) };
});

/** Edits every annotated quote in one text, from the last to the first so offsets stay valid. */
function editInside(text: string, anns: Annotation[], edit: (quote: string) => string): string {
  let out = text;
  const sorted = [...anns].sort((a, b) => b.target.position.start - a.target.position.start);
  let floor = Infinity;
  for (const a of sorted) {
    const { start, end } = a.target.position;
    if (end > floor) continue; // overlapping quotes: edit only the later one
    out = out.slice(0, start) + edit(out.slice(start, end)) + out.slice(end);
    floor = start;
  }
  return out;
}

function run(name: string, textOf: (c: { text: string; annotations: Annotation[] }) => string): void {
  const inputs = corpus.map((c) => ({ text: textOf(c), annotations: c.annotations }));
  const counts: Record<AnchorResult['status'], number> = { 'exact-position': 0, moved: 0, fuzzy: 0, orphan: 0 };
  const t0 = performance.now();
  for (const c of inputs) for (const r of anchorAll(c.text, c.annotations).values()) counts[r.status] += 1;
  const ms = performance.now() - t0;
  console.log(`${name.padEnd(34)} ${ms.toFixed(1).padStart(8)} ms  ${JSON.stringify(counts)}`);
}

const middleLetter = (q: string): number => {
  let i = Math.floor(q.length / 2);
  while (i < q.length && !/[\u0621-\u064A]/.test(q.charAt(i))) i += 1;
  return i;
};

for (let round = 0; round < 2; round += 1) {
  console.log(`round ${round + 1}: ${TEXTS} texts × ${PER_TEXT} = ${TEXTS * PER_TEXT} annotations`);
  run('unchanged', (c) => c.text);
  run('paragraph inserted at the start', (c) => `فقرة جديدة في أول النص.\n${c.text}`);
  run('harakat/tatweel inside each quote', (c) =>
    editInside(c.text, c.annotations, (q) => {
      const i = middleLetter(q);
      return i < q.length ? `${q.slice(0, i + 1)}َـ${q.slice(i + 1)}` : q;
    }),
  );
  run('one letter changed in each quote', (c) =>
    editInside(c.text, c.annotations, (q) => {
      const i = middleLetter(q);
      return i < q.length ? `${q.slice(0, i)}ظ${q.slice(i + 1)}` : q;
    }),
  );
}
