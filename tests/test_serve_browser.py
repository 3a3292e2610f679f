"""`boardpapers serve` in a real browser: headless Chromium (Debian's package, which `.ci/run`
installs) renders a table page, a canned query and the charts from a server on 127.0.0.1.

The test asserts on the DOM Chromium built (after scripts ran) and keeps a screenshot of each
page under output/screenshots/. Without Chromium it is skipped, saying so, unless
BOARDPAPERS_REQUIRE_BROWSER is set (as `.ci/run` sets it): then it fails.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOTS = ROOT / "output" / "screenshots"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1400,1000",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("BOARDPAPERS_REQUIRE_BROWSER"),
    reason="Chromium is not installed (apt-get install -y chromium; .ci/run installs it)",
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, server: subprocess.Popen, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"serve exited early: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            with urllib.request.urlopen(url, timeout=1) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"serve did not answer {url} within {seconds} s")


@pytest.fixture
def server(corpus_db, tmp_path_factory):
    port = free_port()
    charts = tmp_path_factory.mktemp("served-charts")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "pipeline.cli",
            "serve",
            "--db",
            str(corpus_db),
            "--port",
            str(port),
            "--charts",
            str(charts),
        ],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/", process, seconds=60)  # a few seconds on an idle machine
        yield base, Path(corpus_db).stem
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def browse(url: str, screenshot: str, profile: Path) -> str:
    """The DOM Chromium built for `url`; a screenshot of the page is kept as `screenshot`."""
    assert CHROMIUM, "Chromium is required here (BOARDPAPERS_REQUIRE_BROWSER is set) but not installed"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", f"--screenshot={SCREENSHOTS / screenshot}", "--dump-dom", url],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "HOME": str(profile)},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert (SCREENSHOTS / screenshot).stat().st_size > 10_000
    return done.stdout


def test_serve_in_a_browser(server, tmp_path):
    """One server, three pages (one test, so that one worker starts one server)."""
    base, db = server
    table_page(base, db, tmp_path)
    canned_query(base, db, tmp_path)
    charts(base, tmp_path)


def table_page(base: str, db: str, profile: Path) -> None:
    dom = browse(f"{base}/{db}/actions_overview?_sort=action_sort", "analyst-actions.png", profile)
    assert "actions_overview" in dom and "Every action with what analysts filter on" in dom
    assert "Cambridgeshire Constabulary" in dom and 'class="facet-info' in dom  # the owners facet
    numbers = [n for n in re.findall(r'<td class="col-action_number[^"]*">([0-9.]+)</td>', dom)]
    assert numbers == sorted(numbers, key=float) and "10.0" in numbers  # 8.0 before 10.0: sorted as numbers
    assert ".pdf#page=2" in dom and "Page 1 of 2" in dom  # the evidence link and the page label printed


def canned_query(base: str, db: str, profile: Path) -> None:
    dom = browse(f"{base}/{db}/action_trace?action=6.0&raised=", "auditor-trace.png", profile)
    assert "One action's trace" in dom
    body = dom[dom.index("<tbody") : dom.index("</tbody>")]
    assert body.count("<tr") == 2  # raised 2019-05-16, updated 2019-10-09
    assert body.index("2019-05-16") < body.index("2019-10-09") and "increase in sickness" in dom
    assert "19-10-09-BCB-Agenda-Pack.pdf" in body and ".pdf#page=2" in body


def charts(base: str, profile: Path) -> None:
    dom = browse(f"{base}/charts/index.html", "charts.png", profile)
    assert dom.count("<svg") >= 3
    assert "Risk scores over time" in dom and "Action ageing by owner" in dom and ">SR3.1<" in dom
