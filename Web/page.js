// The page: files dropped or chosen, the choices, the report shown, the register saved. Every word it shows comes
// from the module (the message catalog), every problem is the command's line. Nothing is sent anywhere: the only
// fetch is the test mode's, of files on the page's own origin.
"use strict";
(() => {
  const $ = (selector) => document.querySelector(selector);
  const files = {};
  let engine = null;
  let labels = {};

  function decodeModule() {
    const text = $("#risk-module").textContent.trim();
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  }

  function fill(template, ...values) {
    return template.replace(/\{(\d+)\}/g, (slot, n) => (values[n - 1] !== undefined ? values[n - 1] : slot));
  }

  function relabel() {
    const lang = $("#lang").value;
    labels = engine.labels(lang);
    document.documentElement.lang = lang;
    document.title = labels["web.title"];
    for (const element of document.querySelectorAll("[data-text]")) {
      element.textContent = labels[element.dataset.text] || "";
    }
  }

  // Runs the module; a trap (a fault of the module) is shown as a problem and a fresh module is loaded for the next run.
  async function run(request) {
    try {
      return engine.run(request);
    } catch (error) {
      engine = await RiskEngine.Engine.load(decodeModule());
      return { status: 70, assets: 0, risks: 0, output: new Uint8Array(0), text: "risk: " + error.message + "\n" };
    }
  }

  function request(format) {
    return { lang: $("#lang").value, method: $("#method").value, date: $("#date").value.trim(), format, files };
  }

  function showProblems(text) {
    $(".problems").hidden = text.length === 0;
    $("#problems").textContent = text;
  }

  function showReport(result, started) {
    const frame = $("#report");
    return new Promise((resolve) => {
      frame.onload = () => resolve(performance.now() - started);
      frame.srcdoc = new TextDecoder().decode(result.output);
      $(".report").hidden = false;
    });
  }

  async function score() {
    if (!files.inventory) return;
    $("#state").textContent = labels["web.working"];
    await new Promise((resolve) => setTimeout(resolve, 0));
    const started = performance.now();
    const result = await run(request("html"));
    showProblems(result.text);
    $(".downloads").hidden = result.status !== 0;
    if (result.status !== 0) {
      $(".report").hidden = true;
      $("#state").textContent = "";
      return;
    }
    const ms = await showReport(result, started);
    $("#state").textContent = fill(labels["web.done"], result.assets, result.risks, Math.round(ms));
  }

  async function save(format) {
    const result = await run(request(format));
    showProblems(result.text);
    if (result.status !== 0) return;
    const types = { csv: "text/csv", json: "application/json", html: "text/html",
                    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" };
    const url = URL.createObjectURL(new Blob([result.output], { type: types[format] }));
    const link = document.createElement("a");
    link.href = url;
    link.download = (format === "html" ? "report." : "register.") + format;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  async function choose(zone, file) {
    if (!file) return;
    files[zone.dataset.role] = { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    zone.querySelector(".name").textContent = file.name;
    zone.classList.add("chosen");
    $("#score").disabled = !files.inventory;
  }

  function wire() {
    for (const zone of document.querySelectorAll(".drop")) {
      const input = zone.querySelector("input");
      input.addEventListener("change", () => choose(zone, input.files[0]));
      zone.addEventListener("dragover", (event) => { event.preventDefault(); zone.classList.add("over"); });
      zone.addEventListener("dragleave", () => zone.classList.remove("over"));
      zone.addEventListener("drop", (event) => {
        event.preventDefault();
        zone.classList.remove("over");
        choose(zone, event.dataTransfer.files[0]);
      });
    }
    // A file dropped beside the zones is not opened by the browser.
    window.addEventListener("dragover", (event) => event.preventDefault());
    window.addEventListener("drop", (event) => event.preventDefault());
    $("#score").addEventListener("click", score);
    $("#lang").addEventListener("change", () => { relabel(); if (!$(".report").hidden) score(); });
    for (const button of document.querySelectorAll(".downloads button")) {
      button.addEventListener("click", () => save(button.dataset.format));
    }
  }

  // Test mode: ?inventory=URL&threats=URL&checklist=URL&plan=URL&format=csv|json|html&lang=ja|en&date=YYYY-MM-DD.
  // Scores the files at those URLs (this origin only) and puts the output as text in <pre id="output">, with the
  // status, the problems and the time in its data attributes.
  async function testMode(params) {
    const output = $("#output");
    const started = performance.now();
    try {
      for (const role of ["inventory", "threats", "checklist", "plan"]) {
        const address = params.get(role);
        if (!address) continue;
        const url = new URL(address, location.href);
        if (url.origin !== location.origin) throw new Error("not this origin: " + url.href);
        const response = await fetch(url, { credentials: "omit", cache: "no-store" });
        if (!response.ok) throw new Error(response.status + " " + url.href);
        const name = decodeURIComponent(url.pathname.split("/").pop());
        files[role] = { name, bytes: new Uint8Array(await response.arrayBuffer()) };
      }
      if (params.get("lang")) $("#lang").value = params.get("lang");
      if (params.get("method")) $("#method").value = params.get("method");
      if (params.get("date")) $("#date").value = params.get("date");
      relabel();
      $("#score").disabled = !files.inventory;
      const fetched = performance.now();
      const format = params.get("format") || "csv";
      const result = await run({ ...request(format), lang: params.get("lang") || "ja" });
      const scored = performance.now();
      showProblems(result.text);
      let shown = scored;
      if (result.status === 0 && format === "html") shown = started + (await showReport(result, started));
      output.textContent = new TextDecoder("utf-8", { ignoreBOM: true }).decode(result.output);
      output.dataset.status = String(result.status);
      output.dataset.scoreMs = String(Math.round(scored - fetched));
      output.dataset.shownMs = String(Math.round(shown - fetched));
      output.dataset.risks = String(result.risks);
    } catch (error) {
      output.dataset.status = "error";
      output.dataset.error = String(error);
    }
    // A very large output (tens of megabytes) is kept out of the layout, which would take Chromium minutes.
    output.hidden = output.textContent.length > 4000000;
    output.dataset.done = "yes";
  }

  async function start() {
    engine = await RiskEngine.Engine.load(decodeModule());
    wire();
    relabel();
    const params = new URLSearchParams(location.search);
    if (params.has("inventory")) await testMode(params);
  }
  start();
})();
