#!/usr/bin/env python3
"""Drive a headless Chromium over the DevTools protocol, with the standard library only.

Used by ``tests/test_browser.py`` (does the HTML page render, are the highlights in
the DOM the browser built, any console error?) and by ``scripts/screenshot.sh``
(``docs/sample.png``). It talks to the system's Chromium (Debian's ``chromium``;
``$CHROMIUM`` overrides) through ``--remote-debugging-pipe``: the browser reads
NUL-terminated JSON commands on file descriptor 3 and writes replies and events on
descriptor 4, so there is no port, no websocket library and nothing downloaded.

    python scripts/chromium_cdp.py page.html --screenshot out.png   # prints a JSON report
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
FLAGS = (
    "--headless",
    "--no-sandbox",  # CI runs as root
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--no-default-browser-check",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-extensions",
    "--disable-dev-shm-usage",
    "--hide-scrollbars",
    "--mute-audio",
)


def find_chromium() -> str | None:
    """The Chromium executable: ``$CHROMIUM`` or the first browser on PATH."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env if Path(env).exists() or shutil.which(env) else None
    for name in CANDIDATES:
        path = shutil.which(name)
        if path:
            return path
    return None


class CDPError(RuntimeError):
    pass


class Chromium:
    """One headless browser and one page; ``with Chromium() as b: b.open(path)``.

    ``console_errors`` collects console.error/assert calls, uncaught exceptions and
    browser log entries of level error; ``requests`` every URL the page asked for.
    """

    def __init__(self, executable: str | None = None, *, width: int = 1100, height: int = 900, timeout: float = 30.0):
        self.executable = executable or find_chromium()
        if not self.executable:
            raise CDPError("no Chromium found (install Debian's 'chromium' or set $CHROMIUM)")
        self.width, self.height, self.timeout = width, height, timeout
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self._events: list[dict] = []
        self._replies: dict[int, dict] = {}
        self._cond = threading.Condition()
        self._next_id = 0
        self._session: str | None = None
        self._closed = False

    # -- process and transport ---------------------------------------------------
    def __enter__(self) -> "Chromium":
        self._profile = tempfile.mkdtemp(prefix="briefextract-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire_fds() -> None:  # in the child: the pipe ends become fds 3 and 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        args = [
            self.executable, *FLAGS, "--remote-debugging-pipe", f"--user-data-dir={self._profile}",
            f"--window-size={self.width},{self.height}", "about:blank",
        ]
        self._proc = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
            preexec_fn=wire_fds, pass_fds=(3, 4),
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._stderr: list[bytes] = []
        threading.Thread(target=self._read_loop, daemon=True).start()
        threading.Thread(target=lambda: self._stderr.extend(self._proc.stderr), daemon=True).start()
        try:
            target = self.send("Target.createTarget", url="about:blank", _browser=True)["targetId"]
            self._session = self.send("Target.attachToTarget", targetId=target, flatten=True, _browser=True)["sessionId"]
            for domain in ("Page", "Runtime", "Log", "Network"):
                self.send(f"{domain}.enable")
            self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=self.height,
                      deviceScaleFactor=1, mobile=False)
        except BaseException:
            self.__exit__(None, None, None)  # never leave a browser behind
            raise
        return self

    def __exit__(self, *exc: Any) -> None:
        try:
            self.send("Browser.close", _browser=True, _timeout=5)
        except Exception:
            pass
        try:
            self._proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._proc.kill()
            self._proc.wait()
        for fd in (self._to_browser, self._from_browser):
            try:
                os.close(fd)
            except OSError:
                pass
        shutil.rmtree(self._profile, ignore_errors=True)

    def _read_loop(self) -> None:
        buffer = b""
        while True:
            try:
                chunk = os.read(self._from_browser, 1 << 16)
            except OSError:
                chunk = b""
            if not chunk:
                with self._cond:
                    self._closed = True
                    self._cond.notify_all()
                return
            buffer += chunk
            while b"\0" in buffer:
                raw, buffer = buffer.split(b"\0", 1)
                message = json.loads(raw)
                with self._cond:
                    if "id" in message:
                        self._replies[message["id"]] = message
                    else:
                        self._on_event(message)
                    self._cond.notify_all()

    def _on_event(self, message: dict) -> None:
        method, params = message.get("method"), message.get("params", {})
        self._events.append(message)
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            args = " ".join(str(a.get("value", a.get("description", ""))) for a in params.get("args", []))
            self.console_errors.append(f"console.{params['type']}: {args}")
        elif method == "Runtime.exceptionThrown":
            details = params.get("exceptionDetails", {})
            self.console_errors.append(
                "uncaught: " + str(details.get("exception", {}).get("description") or details.get("text"))
            )
        elif method == "Log.entryAdded" and params.get("entry", {}).get("level") == "error":
            entry = params["entry"]
            self.console_errors.append(f"log[{entry.get('source')}]: {entry.get('text')} {entry.get('url', '')}".strip())
        elif method == "Network.requestWillBeSent":
            self.requests.append(params.get("request", {}).get("url", ""))

    def send(self, method: str, _browser: bool = False, _timeout: float | None = None, **params: Any) -> dict:
        """Send one command (to the page session unless ``_browser``) and wait for its result."""
        with self._cond:
            self._next_id += 1
            mid = self._next_id
        message: dict[str, Any] = {"id": mid, "method": method, "params": params}
        if self._session and not _browser:
            message["sessionId"] = self._session
        try:
            os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        except OSError as exc:
            raise CDPError(f"browser is not running ({exc}): {self._stderr_tail()}") from None
        deadline = time.monotonic() + (_timeout or self.timeout)
        with self._cond:
            while mid not in self._replies:
                if self._closed:
                    raise CDPError(f"browser closed during {method}: {self._stderr_tail()}")
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"no reply to {method} in {_timeout or self.timeout}s")
                self._cond.wait(left)
            reply = self._replies.pop(mid)
        if "error" in reply:
            raise CDPError(f"{method}: {reply['error']}")
        return reply.get("result", {})

    def _stderr_tail(self) -> str:
        return b"".join(self._stderr)[-2000:].decode(errors="replace").strip() or f"exit status {self._proc.poll()}"

    def _wait_event(self, method: str, since: int) -> dict:
        deadline = time.monotonic() + self.timeout
        with self._cond:
            while True:
                for event in self._events[since:]:
                    if event.get("method") == method:
                        return event
                left = deadline - time.monotonic()
                if left <= 0:
                    raise CDPError(f"no {method} event in {self.timeout}s")
                self._cond.wait(left)

    # -- page API -----------------------------------------------------------------
    def open(self, target: str | Path) -> None:
        """Load a file path or URL and wait for its load event."""
        url = target if isinstance(target, str) and "://" in target else Path(target).resolve().as_uri()
        with self._cond:
            since = len(self._events)
        result = self.send("Page.navigate", url=url)
        if result.get("errorText"):
            raise CDPError(f"cannot open {url}: {result['errorText']}")
        self._wait_event("Page.loadEventFired", since)

    def evaluate(self, expression: str) -> Any:
        """The JSON value of a JavaScript expression evaluated in the page."""
        result = self.send("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            details = result["exceptionDetails"]
            raise CDPError(f"evaluate failed: {details.get('exception', {}).get('description') or details.get('text')}")
        return result["result"].get("value")

    def screenshot(self, path: str | Path, *, full_page: bool = True) -> Path:
        """A PNG of the page (the whole scroll height when ``full_page``)."""
        import base64

        height = self.height
        if full_page:
            height = int(self.evaluate("Math.ceil(document.documentElement.scrollHeight)") or self.height)
            self.send("Emulation.setDeviceMetricsOverride", width=self.width, height=height,
                      deviceScaleFactor=1, mobile=False)
        data = self.send("Page.captureScreenshot", format="png", captureBeyondViewport=full_page)["data"]
        path = Path(path)
        path.write_bytes(base64.b64decode(data))
        return path


def main(argv: list[str]) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", help="HTML file or URL")
    parser.add_argument("--screenshot", help="write a full-page PNG here")
    parser.add_argument("--width", type=int, default=1100)
    args = parser.parse_args(argv)
    try:
        with Chromium(width=args.width) as browser:
            browser.open(args.page)
            if args.screenshot:
                browser.screenshot(args.screenshot)
            report = {
                "title": browser.evaluate("document.title"),
                "console_errors": browser.console_errors,
                "requests": browser.requests,
            }
    except CDPError as exc:
        print(f"chromium_cdp: {exc}", file=sys.stderr)
        return 2
    print(json.dumps(report, indent=1))
    return 1 if report["console_errors"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
