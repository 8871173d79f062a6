'use strict';
// Writes a random program that nests ticks, promise jobs, queueMicrotask,
// immediates, timers, awaits and throwing callbacks, logging as it goes.
// Its order is fixed by the rules of the loop alone: every callback that
// starts a timer spins 2 ms at its end, so timers are surely due by the
// next timers phase. run.sh compares the output of two runtimes.
// usage: gen-order.js SEED   (TICK_THROW=1: ticks throw too; see run.sh)

const seed = Number(process.argv[2]) || 1;
let state = (seed * 2654435761) >>> 0 || 1;
function rnd(n) {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % n;
}

let nextId = 0;
function action(depth) {
  const name = `n${nextId++}`;
  const lines = [`log('${name}');`];
  let startsTimer = false;
  const kids = depth > 3 ? 0 : rnd(4);
  for (let i = 0; i < kids; i++) {
    const kind = rnd(9);
    const body = action(depth + 1);
    const code = body.code;
    const err = `throw new Error('${name}x${i}');`;
    switch (kind) {
      case 0: lines.push(`process.nextTick(() => { ${code} });`); break;
      case 1: lines.push(`Promise.resolve().then(() => { ${code} });`); break;
      case 2: lines.push(`queueMicrotask(() => { ${code} });`); break;
      case 3: lines.push(`setImmediate(() => { ${code} });`); break;
      case 4: lines.push(`setTimeout(() => { ${code} }, ${rnd(2)});`); startsTimer = true; break;
      case 5: lines.push(`(async () => { await null; ${code} })();`); break;
      case 6: lines.push(`setTimeout((a) => { ${code} }, 1, 'x');`); startsTimer = true; break;
      case 7:
        lines.push(`{ const t = setImmediate(() => { log('x${name}'); }); ` +
                   `${rnd(2) ? 'clearImmediate(t);' : 't.unref();'} }`);
        break;
      default:
        if (process.env.TICK_THROW) {
          lines.push(`process.nextTick(() => { ${code} ${err} });`);
        } else if (rnd(2)) {
          lines.push(`setTimeout(() => { ${code} ${err} }, ${rnd(2)});`);
          startsTimer = true;
        } else {
          lines.push(`setImmediate(() => { ${code} ${err} });`);
        }
    }
    startsTimer = startsTimer || body.startsTimer;
  }
  if (startsTimer || kids) lines.push('busy(2);');
  return { code: lines.join(' '), startsTimer };
}

const main = action(0);
process.stdout.write(`'use strict';
const out = [];
const log = (x) => out.push(x);
const busy = (ms) => { const end = Date.now() + ms + 1; while (Date.now() < end); };
process.on('uncaughtException', (e) => log('uE ' + e.message));
process.on('exit', () => console.log(out.join(' ')));
${main.code}
`);
