// The module's side of the page: loads the wasm module and runs the calculator on files in memory. Plain script,
// no dependencies; the page (Web/page.js) and the Node tests (Web/test/) use it alike.
"use strict";
const RiskEngine = (() => {
  const encoder = new TextEncoder();
  const decoder = new TextDecoder();

  // Packs { key: string | Uint8Array } as the module reads it: records of key and value, each a 32-bit
  // little-endian length and its bytes (see Sources/RiskWeb/WebRequest.swift).
  function pack(fields) {
    const parts = [];
    let size = 0;
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined || value === null) continue;
      for (const part of [encoder.encode(key), typeof value === "string" ? encoder.encode(value) : value]) {
        parts.push(part);
        size += 4 + part.length;
      }
    }
    const bytes = new Uint8Array(size);
    const view = new DataView(bytes.buffer);
    let offset = 0;
    for (const part of parts) {
      view.setUint32(offset, part.length, true);
      bytes.set(part, offset + 4);
      offset += 4 + part.length;
    }
    return bytes;
  }

  class Engine {
    constructor(instance) {
      this.exports = instance.exports;
    }

    static async load(wasmBytes) {
      const { instance } = await WebAssembly.instantiate(wasmBytes, {});
      return new Engine(instance);
    }

    // The bytes of a result buffer (its length first), copied out and the buffer freed.
    take(pointer) {
      const memory = new Uint8Array(this.exports.memory.buffer);
      const length = new DataView(this.exports.memory.buffer).getUint32(pointer, true);
      const bytes = memory.slice(pointer + 4, pointer + 4 + length);
      this.exports.risk_free(pointer);
      return bytes;
    }

    // Runs the calculator. request: { lang, format, method, date, files: { role: { name, bytes } } }, roles being
    // inventory, threats, checklist, plan, method. Returns { status, assets, risks, output (Uint8Array), text }.
    run(request) {
      const fields = { lang: request.lang, format: request.format, method: request.method, date: request.date };
      for (const [role, file] of Object.entries(request.files || {})) {
        if (!file) continue;
        fields[role + ".name"] = file.name;
        fields[role + ".data"] = file.bytes;
      }
      const packed = pack(fields);
      const pointer = this.exports.risk_alloc(packed.length);
      new Uint8Array(this.exports.memory.buffer).set(packed, pointer);
      const result = this.take(this.exports.risk_run(pointer, packed.length));
      this.exports.risk_free(pointer);
      const view = new DataView(result.buffer, result.byteOffset, result.byteLength);
      const outputLength = view.getUint32(12, true);
      const textLength = view.getUint32(16 + outputLength, true);
      return {
        status: view.getUint32(0, true),
        assets: view.getUint32(4, true),
        risks: view.getUint32(8, true),
        output: result.subarray(16, 16 + outputLength),
        text: decoder.decode(result.subarray(20 + outputLength, 20 + outputLength + textLength)),
      };
    }

    // The page's words in "ja" or "en": { key: text } (from the catalog in Sources/RiskMethod/Text/WebText.swift).
    labels(lang) {
      const text = decoder.decode(this.take(this.exports.risk_labels(lang === "en" ? 1 : 0)));
      const labels = {};
      for (const line of text.split("\n")) {
        const tab = line.indexOf("\t");
        if (tab > 0) labels[line.slice(0, tab)] = line.slice(tab + 1);
      }
      return labels;
    }
  }
  return { Engine, pack };
})();
if (typeof module !== "undefined") module.exports = RiskEngine;
