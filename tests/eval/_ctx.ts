import { readAttribution } from '/work/wt/h13-speakers/tests/eval/attribution';
const name = process.argv[2]!; const ids = process.argv.slice(3);
const docs = await readAttribution();
const d = docs.find((x) => x.name.includes(name))!;
for (const c of d.claims) if (!ids.length || ids.includes(c.id)) {
  const s = d.text.lastIndexOf('\n', c.start) + 1; let e = d.text.indexOf('\n', c.end); if (e < 0) e = d.text.length;
  const para = d.text.slice(s, e);
  console.log(`${c.id} [${c.cue}] spk=${c.speaker}: ${para.length > 500 ? '…' + d.text.slice(Math.max(s, c.start - 250), Math.min(e, c.end + 150)) + '…' : para}\n`);
}
