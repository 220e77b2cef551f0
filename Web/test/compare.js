// The wasm module under Node against the command: for each case, the module's output and messages must be the
// command's bytes and standard error, for the same files under the same names (the command runs in the folder that
// holds them, with relative names).
//
//   node Web/test/compare.js MODULE.wasm RISK_BINARY FOLDER CASES.json
//
// CASES.json: [{ "files": { "inventory": "a.csv", "threats": …, "checklist": …, "plan": …, "method": … },
//              "formats": ["csv", …], "expectTrap": true?,
//               "langs": ["ja", "en"], "method": "ipa"?, "date": "2027-03-31"?, "status": 65? }]
// Prints one line a comparison; exits 1 when any differs.
"use strict";
const fs = require("fs");
const path = require("path");
const { execFileSync, spawnSync } = require("child_process");
const { Engine } = require(path.join(__dirname, "..", "engine.js"));

const options = { threats: "--threats", checklist: "--checklist", plan: "--plan", method: "--method" };

function command(risk, folder, testCase, format, lang) {
  const output = `.compare-${process.pid}.${format}`;
  const args = ["score", testCase.files.inventory, "--format", format, "--lang", lang, "--output", output];
  for (const [role, option] of Object.entries(options)) {
    if (testCase.files[role]) args.push(option, testCase.files[role]);
  }
  if (testCase.method) args.push("--method", testCase.method);
  if (testCase.date) args.push("--date", testCase.date);
  const run = spawnSync(risk, args, { cwd: folder, env: { PATH: process.env.PATH } });
  const file = path.join(folder, output);
  const bytes = fs.existsSync(file) ? fs.readFileSync(file) : Buffer.alloc(0);
  if (fs.existsSync(file)) fs.unlinkSync(file);
  return { status: run.status, bytes, stderr: run.stderr.toString("utf8") };
}

async function main() {
  const [wasm, risk, folder, casesFile] = process.argv.slice(2);
  let engine = await Engine.load(fs.readFileSync(wasm));
  const cases = JSON.parse(fs.readFileSync(casesFile, "utf8"));
  let failures = 0;
  let compared = 0;
  for (const testCase of cases) {
    const files = {};
    for (const [role, name] of Object.entries(testCase.files)) {
      files[role] = { name, bytes: new Uint8Array(fs.readFileSync(path.join(folder, name))) };
    }
    for (const format of testCase.formats) {
      for (const lang of testCase.langs) {
        const label = `${Object.values(testCase.files).join(" ")} ${testCase.method || ""} ${format} ${lang}`;
        const expected = command(risk, folder, testCase, format, lang);
        let result;
        const started = process.hrtime.bigint();
        try {
          result = engine.run({ lang, format, method: testCase.method, date: testCase.date, files });
        } catch (error) {
          // A trap leaves the module's memory as it was: a fresh one for the next case.
          engine = await Engine.load(fs.readFileSync(wasm));
          result = { status: "trap: " + error.message, output: new Uint8Array(0), text: "" };
        }
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        const wantStatus = testCase.status || 0;
        const same = result.status === (expected.status === 0 ? 0 : expected.status) && expected.status === wantStatus
          && Buffer.compare(Buffer.from(result.output), expected.bytes) === 0 && result.text === expected.stderr;
        compared++;
        if (same) {
          console.log(`same     ${label}: ${expected.bytes.length} bytes, status ${expected.status}, ${ms.toFixed(0)} ms`);
        } else {
          failures++;
          console.log(`DIFFERS  ${label}: module status ${result.status}, ${result.output.length} bytes; ` +
                      `command status ${expected.status}, ${expected.bytes.length} bytes`);
          if (result.text !== expected.stderr) console.log(`  module said:\n${result.text}  command said:\n${expected.stderr}`);
        }
      }
    }
  }
  console.log(`${compared - failures} of ${compared} comparisons the same`);
  process.exit(failures === 0 ? 0 : 1);
}
main();
