"""The built page in a real browser (Debian's Chromium driven by Playwright), served by publisher serve.

axe-core (WCAG 2.0/2.1/2.2 A and AA) and the Nu HTML checker must find nothing; the keyboard must reach
every player and sentence; read-along must follow the audio; nothing may be fetched from elsewhere.
These run in CI, which installs Chromium and the checker; elsewhere they are skipped when either is
missing.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

import pytest

from publisher.build import build
from publisher.config import Config
from publisher.serve import make_server
from tests.conftest import ROOT, SEED

CHROMIUM = Path(os.environ.get("PUBLISHER_CHROMIUM", "/usr/bin/chromium"))
VNU_JAR = Path(
    os.environ.get(
        "PUBLISHER_VNU_JAR", ROOT / ".ci" / "node" / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    )
)
BROWSER_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--autoplay-policy=no-user-gesture-required",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def _missing(what: str) -> NoReturn:
    if os.environ.get("CI"):
        pytest.fail(f"{what} is missing in CI: .ci/run must install it")
    pytest.skip(f"{what} is not installed")


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    """The seed built (fake voice, real text) and served on 127.0.0.1."""
    out = tmp_path_factory.mktemp("site") / "out"
    config = Config(output_dir=out, engine="fake", workers=1, cache_dir=None, base_url="http://127.0.0.1/")
    formats = ROOT / "tests" / "fixtures" / "formats"
    build([SEED, formats / "govuk-page.html", formats / "parking.txt", formats / "hostile.html"], config)
    server = make_server(out, 0, review=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", out
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        _missing(f"Chromium ({CHROMIUM})")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("playwright")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any, served: tuple[str, Path]) -> Iterator[Any]:
    """A fresh page that records console errors and every request it makes."""
    context = browser.new_context(viewport={"width": 1000, "height": 900})
    page = context.new_page()
    page.errors = []
    page.requests = []
    page.on("console", lambda message: message.type == "error" and page.errors.append(message.text))
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("request", lambda request: page.requests.append(request.url))
    yield page
    context.close()


def _briefing_url(served: tuple[str, Path]) -> str:
    manifest = json.loads((served[1] / "manifest.json").read_text("utf-8"))
    return f"{served[0]}/{manifest['briefings'][0]['page']}"


def _open(page: Any, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")


def test_axe_finds_no_wcag_a_or_aa_violations_on_any_page(page: Any, served: tuple[str, Path]) -> None:
    from axe_playwright_python.sync_playwright import Axe

    manifest = json.loads((served[1] / "manifest.json").read_text("utf-8"))
    pages = ["index.html", *(b["page"] for b in manifest["briefings"])]
    assert len(pages) == 5
    for name in pages:
        _open(page, f"{served[0]}/{name}")
        results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
        assert results.violations_count == 0, f"{name}: {results.generate_report()}"


def test_keyboard_reaches_every_player_and_sentence(page: Any, served: tuple[str, Path]) -> None:
    _open(page, _briefing_url(served))
    wanted = page.evaluate("document.querySelectorAll('audio, .sentence[tabindex]').length")
    assert wanted > 50
    reached: set[str] = set()
    for _ in range(wanted + 80):
        page.keyboard.press("Tab")
        reached.add(
            page.evaluate(
                """() => { const e = document.activeElement;
                   if (e.matches('audio')) return 'audio:' + e.getAttribute('src');
                   if (e.matches('.sentence')) return 'sentence:' + e.closest('section').id + ':' + e.dataset.start;
                   return 'other'; }"""
            )
        )
    targets = set(
        page.evaluate(
            """() => Array.from(document.querySelectorAll('audio, .sentence[tabindex]')).map(e =>
                 e.matches('audio') ? 'audio:' + e.getAttribute('src')
                                    : 'sentence:' + e.closest('section').id + ':' + e.dataset.start)"""
        )
    )
    assert targets <= reached, sorted(targets - reached)[:5]


def test_highlight_follows_the_audio_and_a_sentence_plays_from_its_start(page: Any, served: tuple[str, Path]) -> None:
    _open(page, _briefing_url(served))
    result = page.evaluate(
        """async () => {
            const part = document.querySelectorAll('section.part')[1];
            const audio = part.querySelector('audio.section-audio');
            const spans = part.querySelectorAll('.sentence');
            audio.load();
            await new Promise(r => audio.addEventListener('loadedmetadata', r, {once: true}));
            const third = spans[2];
            audio.currentTime = (parseFloat(third.dataset.start) + parseFloat(third.dataset.end)) / 2;
            await new Promise(r => audio.addEventListener('seeked', r, {once: true}));
            await new Promise(r => setTimeout(r, 50));
            return {marked: document.querySelectorAll('.speaking').length, right: third.classList.contains('speaking')};
        }"""
    )
    assert result == {"marked": 1, "right": True}
    span = page.locator("section.part").nth(1).locator(".sentence").nth(4)
    start = float(span.get_attribute("data-start"))
    span.click()
    page.wait_for_timeout(300)
    position = page.evaluate("document.querySelectorAll('section.part')[1].querySelector('audio').currentTime")
    assert start - 0.05 <= position < start + 1.0
    span.focus()
    page.evaluate("document.querySelectorAll('audio').forEach(a => a.pause())")
    page.keyboard.press("Enter")
    page.wait_for_timeout(200)
    position = page.evaluate("document.querySelectorAll('section.part')[1].querySelector('audio').currentTime")
    assert start - 0.05 <= position < start + 1.0


def test_full_briefing_player_moves_through_the_sections(page: Any, served: tuple[str, Path]) -> None:
    _open(page, _briefing_url(served))
    marked = page.evaluate(
        """async () => {
            const audio = document.querySelector('audio.episode-audio');
            audio.load();
            await new Promise(r => audio.addEventListener('loadedmetadata', r, {once: true}));
            const span = document.querySelectorAll('section.part')[3].querySelector('.sentence');
            audio.currentTime = parseFloat(span.dataset.episodeStart) + 0.1;
            await new Promise(r => audio.addEventListener('seeked', r, {once: true}));
            await new Promise(r => setTimeout(r, 50));
            return span.classList.contains('speaking');
        }"""
    )
    assert marked is True


def test_no_console_errors_and_no_request_leaves_loopback(page: Any, served: tuple[str, Path]) -> None:
    for url in (f"{served[0]}/index.html", _briefing_url(served)):
        _open(page, url)
    page.locator(".sentence").first.click()
    page.wait_for_timeout(300)
    assert page.errors == []
    assert page.requests and all(u.startswith(served[0] + "/") for u in page.requests)


def test_no_dialog_ever_fires_when_the_pages_load(page: Any, served: tuple[str, Path]) -> None:
    dialogs: list[str] = []

    def refuse(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", refuse)
    manifest = json.loads((served[1] / "manifest.json").read_text("utf-8"))
    for name in ["index.html", *(b["page"] for b in manifest["briefings"])]:
        _open(page, f"{served[0]}/{name}")
        page.locator(".sentence").first.click() if name != "index.html" else None
    page.wait_for_timeout(300)
    assert dialogs == []
    assert page.errors == []


def test_nu_html_checker_finds_no_errors(served: tuple[str, Path]) -> None:
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        _missing(f"the Nu HTML checker ({VNU_JAR}) or Java")
    pages = sorted(str(p) for p in served[1].rglob("*.html"))
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", *pages],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    assert messages == [], messages[:5]


def test_the_review_page_is_accessible_and_plays_each_sentence(
    page: Any, served: tuple[str, Path], tmp_path: Path
) -> None:
    """The review page (served, never published) passes axe and the Nu checker, and a Listen button,
    pressed from the keyboard, plays its sentence from its start."""
    from axe_playwright_python.sync_playwright import Axe

    assert not (served[1] / "review").exists()
    _open(page, f"{served[0]}/review/")
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    assert results.violations_count == 0, results.generate_report()
    buttons = page.locator("button.review-listen")
    assert buttons.count() > 50
    third = buttons.nth(2)
    start, end = float(third.get_attribute("data-start")), float(third.get_attribute("data-end"))
    third.focus()
    page.keyboard.press("Enter")
    page.wait_for_timeout(300)
    audio = third.get_attribute("data-audio")
    state = page.evaluate("id => { const a = document.getElementById(id); return [a.currentTime, a.paused]; }", audio)
    assert start - 0.05 <= state[0] < end and state[1] is False
    page.evaluate("document.querySelectorAll('audio').forEach(a => a.pause())")
    java = shutil.which("java")
    if java is None or not VNU_JAR.exists():
        _missing(f"the Nu HTML checker ({VNU_JAR}) or Java")
    review = tmp_path / "review.html"
    with urllib.request.urlopen(f"{served[0]}/review/", timeout=10) as response:  # the page as served
        review.write_bytes(response.read())
    result = subprocess.run([java, "-jar", str(VNU_JAR), "--errors-only", "--format", "json", str(review)],
                            capture_output=True, text=True, check=False, timeout=300)  # fmt: skip
    assert json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"] == []


def test_screenshots_at_desktop_and_mobile_width(browser: Any, served: tuple[str, Path], tmp_path: Path) -> None:
    for name, width in (("desktop", 1200), ("mobile", 390)):
        context = browser.new_context(viewport={"width": width, "height": 900})
        shot = context.new_page()
        _open(shot, _briefing_url(served))
        path = tmp_path / f"{name}.png"
        shot.screenshot(path=str(path), full_page=False)
        overflow = shot.evaluate("document.documentElement.scrollWidth > window.innerWidth")
        context.close()
        assert path.stat().st_size > 10_000
        assert overflow is False  # nothing wider than a phone screen


def test_typography_for_easy_read(page: Any, served: tuple[str, Path]) -> None:
    _open(page, _briefing_url(served))
    style = page.evaluate(
        """() => { const p = document.querySelector('section.part p'); const s = getComputedStyle(p);
                   const b = getComputedStyle(document.body);
                   return {size: parseFloat(s.fontSize), line: parseFloat(s.lineHeight) / parseFloat(s.fontSize),
                           align: s.textAlign, width: p.getBoundingClientRect().width,
                           ch: parseFloat(s.fontSize) * 0.5, color: b.color, background: b.backgroundColor}; }"""
    )
    assert style["size"] >= 19
    assert style["line"] >= 1.5
    assert style["align"] in ("left", "start")
    assert style["color"] == "rgb(11, 12, 12)" and style["background"] == "rgb(255, 255, 255)"


POINT_BOXES = """() => [...document.querySelectorAll('.point')].map(point => {
    const img = point.querySelector('.point-picture'), text = point.querySelector('.point-text');
    const i = img.getBoundingClientRect(), t = text.getBoundingClientRect();
    return {width: i.width, height: i.height, right: i.right, bottom: i.bottom, textLeft: t.left, textTop: t.top,
            loaded: img.complete && img.naturalWidth > 0, background: getComputedStyle(img).backgroundColor,
            shown: getComputedStyle(img).display !== 'none' && getComputedStyle(img).visibility !== 'hidden'};
})"""
UNPICTURED_LEFT = "() => [...document.querySelectorAll('.with-pictures > p')].map(p => p.getBoundingClientRect().left)"


@pytest.mark.parametrize(
    ("width", "scheme", "media"),
    [(1000, "light", "screen"), (320, "light", "screen"), (1000, "dark", "screen"), (1000, "light", "print")],
)
def test_pictures_stand_left_of_their_text_stack_when_narrow_and_stay_legible(
    browser: Any, served: tuple[str, Path], width: int, scheme: str, media: str
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    page.emulate_media(media=media)
    _open(page, _briefing_url(served))
    boxes = page.evaluate(POINT_BOXES)
    unpictured = page.evaluate(UNPICTURED_LEFT)
    context.close()
    assert len(boxes) >= 10
    assert all(b["loaded"] and b["shown"] and b["width"] >= 64 and b["height"] >= 64 for b in boxes)
    if width >= 1000:
        assert all(b["right"] < b["textLeft"] for b in boxes)  # the picture on the left, the text on the right
        assert unpictured and {round(left) for left in unpictured} == {round(boxes[0]["textLeft"])}
    else:
        assert all(b["bottom"] <= b["textTop"] for b in boxes)  # stacked: the picture above its text
    if scheme == "dark":  # black outlines on a dark page would vanish: each picture sits on white
        assert {b["background"] for b in boxes} == {"rgb(255, 255, 255)"}
