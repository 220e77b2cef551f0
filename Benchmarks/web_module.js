// Times the browser edition's wasm module under Node (the same V8 engine as Chromium): the best of RUNS runs of one
// inventory to one format; prints `ms bytes risks`.
//
//   node Benchmarks/web_module.js MODULE.wasm INVENTORY FORMAT LANG RUNS
"use strict";
const fs = require("fs");
const path = require("path");
const { Engine } = require(path.join(__dirname, "..", "Web", "engine.js"));

(async () => {
  const [wasm, inventory, format, lang, runs] = process.argv.slice(2);
  const bytes = new Uint8Array(fs.readFileSync(inventory));
  let best = Infinity;
  let result;
  for (let run = 0; run < Number(runs); run++) {
    // A fresh module a run, as a page load has.
    const engine = await Engine.load(fs.readFileSync(wasm));
    const started = process.hrtime.bigint();
    result = engine.run({ lang, format, files: { inventory: { name: path.basename(inventory), bytes } } });
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(result.text);
  }
  console.log(`${best.toFixed(0)} ${result.output.length} ${result.risks}`);
})();
