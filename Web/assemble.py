#!/usr/bin/env python3
"""Writes the browser edition's one HTML file: Web/risk.template.html with the style (Web/page.css), the script
(Web/engine.js then Web/page.js) and the wasm module (base64) inlined, and a Content-Security-Policy that allows
that script by its hash, the module's compilation, inline styles (the report's own), and no network beyond the
page's origin.

    python3 Web/assemble.py MODULE.wasm OUT.html
"""
import base64
import hashlib
import pathlib
import sys

web = pathlib.Path(__file__).resolve().parent


def main(module: str, out: str) -> None:
    template = (web / "risk.template.html").read_text(encoding="utf-8")
    script = "\n".join((web / name).read_text(encoding="utf-8") for name in ("engine.js", "page.js"))
    style = (web / "page.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    csp = "; ".join([
        "default-src 'none'",
        f"script-src 'sha256-{digest}' 'wasm-unsafe-eval'",
        "style-src 'unsafe-inline'",
        "img-src data: blob:",
        "connect-src 'self'",
        "frame-src 'self'",
        "base-uri 'none'",
        "form-action 'none'",
    ])
    wasm = base64.b64encode(pathlib.Path(module).read_bytes()).decode("ascii")
    for marker in ("{{CSP}}", "{{STYLE}}", "{{SCRIPT}}", "{{WASM}}"):
        if template.count(marker) != 1:
            sys.exit(f"assemble.py: the template must hold {marker} once")
    if "</script" in script.lower():
        sys.exit("assemble.py: the script may not hold </script")
    page = (template.replace("{{CSP}}", csp).replace("{{STYLE}}", style).replace("{{WASM}}", wasm)
            .replace("{{SCRIPT}}", script))
    pathlib.Path(out).write_text(page, encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: assemble.py MODULE.wasm OUT.html")
    main(sys.argv[1], sys.argv[2])
