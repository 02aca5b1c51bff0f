"""The easy-read rewrite in a helper Python process, started now and collected later.

A cold build spends its first second on two jobs that both hold the GIL: rewriting the text and
loading the voice. With a core to spare, the build starts the rewrite here and loads the voice
meanwhile. The helper is a plain `python -m publisher.plain` with pickles on its standard input and
output, so nothing of the calling program (its __main__ module, its threads) is copied or re-run.
"""

from __future__ import annotations

import logging
import os
import pickle
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import TYPE_CHECKING

from publisher.model import Document

if TYPE_CHECKING:
    from publisher.plain import Memo

log = logging.getLogger(__name__)


class RewriteHelper:
    """Documents being rewritten in another process; result() waits for them."""

    def __init__(self, documents: Sequence[Document], rewriter: str, memo: Memo | None = None) -> None:
        self._output: bytes | None = None
        payload = pickle.dumps((list(documents), rewriter, memo), protocol=pickle.HIGHEST_PROTOCOL)
        # The helper must import this very publisher, wherever it was imported from.
        path = os.pathsep.join(p for p in sys.path if p)
        environment = {**os.environ, "PYTHONPATH": path}
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                # -P: a folder called publisher in the current directory must not stand in for this one.
                [sys.executable, "-P", "-m", "publisher.plain"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                env=environment,
            )
        except OSError as error:
            log.warning("rewriting in this process: cannot start a helper (%s)", error)
            self._process = None
            return
        self._talking = threading.Thread(target=self._talk, args=(payload,), daemon=True)
        self._talking.start()

    def _talk(self, payload: bytes) -> None:
        """Send the documents and read the answer (in a thread, so that the caller can work meanwhile)."""
        assert self._process is not None
        output, errors = self._process.communicate(payload)
        if self._process.returncode == 0:
            self._output = output
        else:
            log.warning("rewriting in this process: the helper failed: %s", errors.decode("utf-8", "replace")[-500:])

    def done(self) -> bool:
        """Whether the helper has answered (or failed, or never started)."""
        return self._process is None or not self._talking.is_alive()

    def result(self) -> list[Document] | None:
        """The rewritten documents, or None if the helper could not rewrite them."""
        if self._process is None:
            return None
        self._talking.join()
        if self._output is None:
            return None
        documents: list[Document] = pickle.loads(self._output)  # our own child's answer
        return documents


def serve() -> int:
    """The helper's side: documents and rewriter in, easy-read documents out; the exit code."""
    from publisher.plain import rewrite_documents

    try:
        documents, rewriter, memo = pickle.load(sys.stdin.buffer)  # sent by the build that started us
    except (EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError, IndexError):
        print("python -m publisher.plain is a helper of 'publisher build', not a command", file=sys.stderr)
        return 2
    rewritten = rewrite_documents(documents, rewriter, memo=memo)
    pickle.dump(rewritten, sys.stdout.buffer, protocol=pickle.HIGHEST_PROTOCOL)
    return 0
