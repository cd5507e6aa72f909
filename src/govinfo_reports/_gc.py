"""Pausing Python's cyclic garbage collector while a large input is parsed.

Parsing allocates many small objects and frees them in order; none form reference
cycles, so the cyclic collector only re-walks them again and again (dense tables of
several MB took 1.5–2x longer with it running). The pause is shared by threads: the
first parse to pause it remembers whether it was enabled, the last one to finish
puts that state back, so a collector the program switched off stays off.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

#: Inputs at least this long (in characters) are parsed with the collector paused.
PAUSE_FROM_CHARS = 1 << 20

_lock = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused(active: bool) -> Iterator[None]:
    """Pause the cyclic garbage collector inside the block when ``active``."""
    global _depth, _was_enabled
    if not active:
        yield
        return
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
