// `npm run eval`: precision, recall and F1 per family on the labeled corpus, then what was missed and what was
// found that is not a secret (place, rule and redacted value only). `--json` prints the scores as JSON.
import { FAMILIES } from './families';
import { evaluate, type FamilyScore } from './score';

const result = evaluate();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ families: result.families, overall: result.overall }, null, 2));
} else {
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(7);
  const row = (name: string, s: FamilyScore) =>
    `${name.padEnd(20)}${String(s.planted).padStart(8)}${String(s.found).padStart(7)}${String(s.findings).padStart(10)}${String(s.findings - s.truePositives).padStart(7)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}`;
  console.log(`${result.files} files\n`);
  console.log(`${'family'.padEnd(20)}${'planted'.padStart(8)}${'found'.padStart(7)}${'findings'.padStart(10)}${'false'.padStart(7)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}`);
  for (const family of FAMILIES) console.log(row(family, result.families[family]));
  console.log(row('overall', result.overall));
  if (result.missed.length > 0) {
    console.log('\nmissed:');
    for (const m of result.missed) console.log(`  ${m.file}:${m.line}  ${m.family}  ${m.note}`);
  }
  if (result.falseFindings.length > 0) {
    console.log('\nfalse findings:');
    for (const f of result.falseFindings) console.log(`  ${f.file}:${f.line}  ${f.ruleId} (${f.family})  ${f.redacted}`);
  }
}
