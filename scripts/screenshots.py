"""Screenshots of the example factsheet's page at desktop and mobile width, for the README.

    python scripts/screenshots.py                  # real voice; writes docs/screenshot-*.png
    python scripts/screenshots.py --engine fake    # faster, same page

Needs Chromium (/usr/bin/chromium, Debian's package) and playwright (the test extra).
"""

from __future__ import annotations

import argparse
import json
import tempfile
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

from publisher.build import build
from publisher.config import load_config
from publisher.serve import make_server

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]  # fmt: skip


def main() -> None:
    """Build, serve, and photograph the page."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--engine", default="hibari")
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        output = Path(folder) / "out"
        build([ROOT / "examples" / "small-boats.txt"], load_config(None, output_dir=output, engine=args.engine))
        page_path = json.loads((output / "manifest.json").read_text("utf-8"))["briefings"][0]["page"]
        server = make_server(output, 0)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{server.server_address[1]}/{page_path}"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            shots = (("desktop", 1280, 1600, False), ("pictures", 1280, 1400, True), ("mobile", 390, 1400, True))
            for name, width, height, at_first_part in shots:
                page = browser.new_page(viewport={"width": width, "height": height})
                page.goto(url)
                page.wait_for_load_state("networkidle")
                # Show read-along as it looks while a part plays.
                page.evaluate("document.querySelectorAll('section.part .sentence')[1].classList.add('speaking')")
                if at_first_part:  # the easy-read text with its pictures
                    page.evaluate("document.querySelector('section.part').scrollIntoView()")
                args.out.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(args.out / f"screenshot-{name}.png"))
                print(args.out / f"screenshot-{name}.png")
            browser.close()
        server.shutdown()


if __name__ == "__main__":
    main()
