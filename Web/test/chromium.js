// Drives headless Chromium over its DevTools pipe (Node's standard library only): opens URL, waits until the
// page's test mode has put its output in <pre id="output"> (data-done), and writes that text as UTF-8 to OUTFILE;
// prints one JSON line: the output's data attributes, every address the page requested, and the time to the
// output in real milliseconds. --screenshot PNG also saves the window (1280 × 1600) once the output is there.
//
//   node Web/test/chromium.js URL OUTFILE [--screenshot PNG] [--wait-for-output no]
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");
const { spawn } = require("child_process");

const [url, outFile, ...rest] = process.argv.slice(2);
const option = (name) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : null);
const screenshot = option("--screenshot");
const waitForOutput = option("--wait-for-output") !== "no";
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "risk-chromium-"));
const chromium = process.env.CHROMIUM || "chromium";
const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe",
  "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
  `--user-data-dir=${profile}`, "about:blank"], { stdio: ["ignore", "ignore", "ignore", "pipe", "pipe"] });

let nextId = 1;
const pending = new Map();
const listeners = [];
let buffer = "";
browser.stdio[4].on("data", (chunk) => {
  buffer += chunk.toString("utf8");
  let end;
  while ((end = buffer.indexOf("\0")) >= 0) {
    const message = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(JSON.stringify(message.error))); else resolve(message.result);
    } else {
      for (const listener of listeners) listener(message);
    }
  }
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  browser.stdio[3].write(JSON.stringify({ id, method, params, sessionId }) + "\0");
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function finish(code) {
  browser.once("exit", () => {
    // Chromium's helpers may still be writing to the profile for a moment.
    for (let attempt = 0; attempt < 20; attempt++) {
      try { fs.rmSync(profile, { recursive: true, force: true }); break; } catch { Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100); }
    }
    process.exit(code);
  });
  browser.kill();
}

async function main() {
  const timer = setTimeout(() => { console.error("chromium.js: timed out"); finish(2); }, 280000);
  const { targetId } = await send("Target.createTarget", { url: "about:blank" });
  const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
  const requested = [];
  const problems = [];
  listeners.push((message) => {
    if (message.sessionId !== sessionId) return;
    if (message.method === "Network.requestWillBeSent") requested.push(message.params.request.url);
    if (message.method === "Runtime.exceptionThrown") problems.push(message.params.exceptionDetails.text);
    if (message.method === "Log.entryAdded") problems.push(message.params.entry.text);
  });
  await send("Network.enable", {}, sessionId);
  await send("Runtime.enable", {}, sessionId);
  await send("Log.enable", {}, sessionId);
  await send("Emulation.setDeviceMetricsOverride", { width: 1280, height: 1600, deviceScaleFactor: 1, mobile: false }, sessionId);
  const started = Date.now();
  await send("Page.navigate", { url }, sessionId);
  const evaluate = async (expression) =>
    (await send("Runtime.evaluate", { expression, returnByValue: true }, sessionId)).result.value;
  let attributes = {};
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const ready = await evaluate(waitForOutput
      ? "document.querySelector('#output') && document.querySelector('#output').dataset.done === 'yes'"
      : "document.readyState === 'complete' && document.querySelector('#score') && document.title !== 'risk'");
    if (ready) break;
  }
  const elapsed = Date.now() - started;
  attributes = await evaluate("Object.assign({}, (document.querySelector('#output') || {}).dataset || {})");
  const text = await evaluate("document.querySelector('#output') ? document.querySelector('#output').textContent : ''");
  fs.writeFileSync(outFile, Buffer.from(text, "utf8"));
  if (screenshot) {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const { data } = await send("Page.captureScreenshot", { format: "png" }, sessionId);
    fs.writeFileSync(screenshot, Buffer.from(data, "base64"));
  }
  clearTimeout(timer);
  console.log(JSON.stringify({ attributes, requested, problems, elapsed }));
  finish(0);
}
main().catch((error) => { console.error("chromium.js: " + error.message); finish(2); });
