import { readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';
const file = process.argv[2];
const code = readFileSync(file, 'utf8');
const map = JSON.parse(readFileSync(file + '.map', 'utf8'));
const c = new SourceMapConsumer(map);
const lines = code.split('\n');
const sizes = new Map();
let prev = null;
c.eachMapping((m) => {
  if (prev) {
    const len = prev.line === m.generatedLine ? m.generatedColumn - prev.col : lines[prev.line-1].length - prev.col;
    sizes.set(prev.src, (sizes.get(prev.src) ?? 0) + len);
  }
  prev = { line: m.generatedLine, col: m.generatedColumn, src: m.source };
});
const tot=[...sizes.values()].reduce((a,b)=>a+b,0);
console.log('total mapped', tot, 'file', code.length);
for (const [s, n] of [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(n, s);
