// Social card speed: npm run bench:card [-- --seconds 3 --warmup 10]
// Draws the cards of the shipped reports (and the site's) in rounds on one core after a warm-up, and
// prints ms per card (wall and CPU), each phase's share (layout at the atlas's widths, composing the
// palette indices from the glyph atlas and the boxes, deflating them into the PNG), PNG sizes, and the
// ratio of a card to a floor measured in the same rounds: a card with nothing on it, filled and encoded,
// the least any card costs. The
// first card of a process also registers its fonts and rasterizes its glyphs; that is printed apart.
// On a shared machine the system CPU time of a process swings from run to run whatever it does, so
// user CPU time is printed apart.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/lib/parse-report.ts';
import { cardContent, SITE_CARD } from '../src/site/social-card.ts';
import { composeCard, layCard, renderCard } from '../src/social/render.ts';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '3' },
    warmup: { type: 'string', default: '10' },
    dir: { type: 'string', default: 'content/reports' },
  },
});
const budgetMs = Number(values.seconds) * 1000;

const cards = readdirSync(values.dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((name) => {
    const { report } = parseReport(readFileSync(join(values.dir, name)), { file: name });
    if (!report) throw new Error(`${name} gives no record`);
    return cardContent(report);
  });
cards.push(SITE_CARD);

const t = performance.now();
renderCard(cards[0]!);
const firstMs = performance.now() - t;
for (let i = 0; i < Number(values.warmup); i++) for (const c of cards) renderCard(c);

const blank = { ...layCard(SITE_CARD), ops: [] };
const floor = () => composeCard(blank).png().length;
for (let i = 0; i < 10; i++) floor();

const phases = { layout: 0, compose: 0, png: 0 };
let cardMs = 0;
let floorMs = 0;
let cpuMs = 0;
let userMs = 0;
let drawn = 0;
let bytes = 0;
const perCard: number[] = [];
const started = performance.now();
while (performance.now() - started < budgetMs) {
  const cpu = process.cpuUsage();
  for (const c of cards) {
    const t0 = performance.now();
    const layout = layCard(c);
    const t1 = performance.now();
    const image = composeCard(layout);
    const t2 = performance.now();
    bytes += image.png().length;
    const t3 = performance.now();
    phases.layout += t1 - t0;
    phases.compose += t2 - t1;
    phases.png += t3 - t2;
    perCard.push(t3 - t0);
    cardMs += t3 - t0;
    drawn++;
  }
  const used = process.cpuUsage(cpu);
  cpuMs += (used.user + used.system) / 1000;
  userMs += used.user / 1000;
  const f = performance.now();
  for (const _ of cards) floor();
  floorMs += performance.now() - f;
}

const sorted = perCard.sort((a, b) => a - b);
const share = (ms: number) => `${(ms / drawn).toFixed(2)} ms (${((100 * ms) / cardMs).toFixed(0)}%)`;
console.log(
  `${cards.length} cards (${cards.length - 1} shipped reports and the site's), ${drawn} drawn in ${(cardMs / 1000).toFixed(2)} s (node ${process.version})`,
);
console.log(
  `${(cardMs / drawn).toFixed(2)} ms a card (median ${sorted[sorted.length >> 1]!.toFixed(2)}, fastest ${sorted[0]!.toFixed(2)}), ${(cpuMs / drawn).toFixed(2)} CPU ms a card (user ${(userMs / drawn).toFixed(2)}); ${(cardMs / floorMs).toFixed(1)}× a blank card's fill and PNG`,
);
console.log(`layout ${share(phases.layout)}, compose from the atlas ${share(phases.compose)}, deflate and PNG ${share(phases.png)}`);
console.log(
  `${(bytes / drawn / 1024).toFixed(1)} KiB a PNG on average; the first card of the process (fonts registered, glyphs rasterized) took ${firstMs.toFixed(0)} ms`,
);
