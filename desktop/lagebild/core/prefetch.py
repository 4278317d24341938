"""Extract the start-up article in a second process while the window builds its views.

The core's first use loads SoMaJo's regular expressions and the name tables
(most of a second of pure Python); in the window's process that work would
share one GIL with the pyqtgraph and icon-font imports that follow the first
paint.  :func:`start`, called before Qt is imported, starts a helper process
that waits for one job.  The first :meth:`ExtractionRunner.open_file` (the
window opens its start-up article right after the first paint) hands it the
file (:func:`claim`), relays its progress and gets the :class:`Extraction`
back, pickled.

The helper does nothing before the job arrives, so it never competes with
the window for its first paint, and it runs at normal priority, so a busy
machine cannot starve it once the window waits for it (both measured
against a helper that loaded the core at once at the lowest priority).  It
serves one job and ends; so does an unused one after :data:`IDLE_SECONDS`,
or as soon as the window's process is gone.  Whenever it cannot deliver (it
failed to start or died, the file raised an error, a result did not pickle,
it fell silent) :meth:`Prefetch.extract_file` raises
:class:`PrefetchUnavailable` and the caller extracts in its own process, so
results and error messages are exactly those of :func:`extract_file`.

A ``.lagebild`` file named on the command line goes to the helper at once
(:func:`start` with ``briefing``): it opens the file, builds the snapshot the
views show, and sends both (pickled by :mod:`lagebild.core.transfer`);
:func:`open_briefing` takes them, or reads the file itself if the helper
cannot deliver.  A briefing opened while the helper still waits for its job
(the start-up file was the most recent briefing) goes to it the same way.
Unpickling costs the window a fraction of reading the file and building the
snapshot, so the window's one core is free for the view imports meanwhile.

On Linux the helper is forked (cheap, and nothing but the standard library
is loaded yet); elsewhere it is spawned with :mod:`multiprocessing` (a
frozen app calls ``multiprocessing.freeze_support()`` first, see
``lagebild.__main__``).  ``LAGEBILD_NO_PREFETCH=1`` turns it off.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from lagebild.core.model import Extraction

if TYPE_CHECKING:
    from lagebild.core.briefing import Briefing
    from lagebild.core.snapshot import BriefingSnapshot
    from lagebild.core.store import BriefingFile

log = logging.getLogger(__name__)

DISABLE_ENV = "LAGEBILD_NO_PREFETCH"
IDLE_SECONDS = 120.0  # an unclaimed helper ends after this long
_POLL_SECONDS = 0.05  # how often a waiting caller looks at its cancel flag
_SILENCE_SECONDS = 20.0  # a helper silent this long after the job is stuck: extract here instead

Progress = Callable[[str, float], None]
Cancelled = Callable[[], bool]


class PrefetchUnavailable(Exception):
    """The helper process cannot deliver this job: extract in this process instead."""


class _Channel(Protocol):
    """What both a :func:`multiprocessing.Pipe` end and :class:`_PipeChannel` offer."""

    def send(self, obj: Any) -> None: ...
    def recv(self) -> Any: ...
    def poll(self, timeout: float = 0.0) -> bool: ...
    def close(self) -> None: ...


class _PipeChannel:
    """Length-prefixed pickles over two OS pipes (the forked helper; no multiprocessing import)."""

    _HEADER = 8

    def __init__(self, read_fd: int, write_fd: int) -> None:
        self._read_fd = read_fd
        self._write_fd = write_fd

    def send(self, obj: Any) -> None:
        import pickle

        data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)  # fails before anything is written
        view = memoryview(len(data).to_bytes(self._HEADER, "little") + data)
        while view:
            view = view[os.write(self._write_fd, view) :]

    def recv(self) -> Any:
        import pickle

        size = int.from_bytes(self._read_exactly(self._HEADER), "little")
        return pickle.loads(self._read_exactly(size))

    def poll(self, timeout: float = 0.0) -> bool:
        import select

        return bool(select.select([self._read_fd], [], [], timeout)[0])

    def close(self) -> None:
        for fd in (self._read_fd, self._write_fd):
            try:
                os.close(fd)
            except OSError:
                pass
        self._read_fd = self._write_fd = -1

    def _read_exactly(self, size: int) -> bytes:
        parts = []
        while size:
            chunk = os.read(self._read_fd, min(size, 1 << 20))
            if not chunk:
                raise EOFError("the other process closed the pipe")
            parts.append(chunk)
            size -= len(chunk)
        return b"".join(parts)


def _serve(channel: _Channel, idle_seconds: float, briefing: str | None = None) -> None:
    """The helper's life: wait for one job (extract an article, read a briefing),
    send its progress and the result.

    Given a ``briefing`` file, the helper reads it at once instead (no job to
    wait for: the window asks for that file first thing) and sends it.
    """
    import gc

    gc.disable()  # one job, then the process ends: the cyclic collector would only cost time
    if briefing is not None:
        _send_briefing(channel, briefing)
        return
    try:
        if not channel.poll(idle_seconds):
            return
        kind, path, *options = channel.recv()  # ("extract", path, published) or ("briefing", path)
    except (EOFError, OSError):
        return  # the window's process is gone
    if kind == "briefing":
        _send_briefing(channel, path)
        return

    def progress(stage: str, fraction: float) -> None:
        channel.send(("progress", stage, fraction))

    try:
        from lagebild.core.pipeline import extract_file

        (published,) = options
        channel.send(("done", extract_file(path, published, progress)))
    except Exception as error:  # noqa: BLE001 - whatever it is, the window's process takes over
        with contextlib.suppress(OSError):  # gone already
            channel.send(("failed", f"{type(error).__name__}: {error}"))


def _send_briefing(channel: _Channel, path: str) -> None:
    """Read a briefing file and send it, then its snapshot, as :func:`read_briefing` returns them.

    The briefing goes first so the window can unpickle it while the snapshot
    is still being built here.
    """
    try:
        from lagebild.core.snapshot import BriefingSnapshot
        from lagebild.core.store import BriefingFile
        from lagebild.core.transfer import Sender

        sender = Sender()
        file, briefing = BriefingFile.open(path)
        channel.send(("part", sender.pack((file, briefing))))
        payload = sender.pack(BriefingSnapshot(briefing))
    except Exception as error:  # noqa: BLE001 - whatever it is, the window's process reads the file itself
        with contextlib.suppress(OSError):
            channel.send(("failed", f"{type(error).__name__}: {error}"))
        return
    with contextlib.suppress(OSError):  # the window's process is gone
        channel.send(("done", payload))


def read_briefing(path: str | Path) -> tuple[BriefingFile, Briefing, BriefingSnapshot]:
    """Open a briefing file in this process: the file, its briefing, and the snapshot the views show."""
    from lagebild.core.snapshot import BriefingSnapshot
    from lagebild.core.store import BriefingFile

    file, briefing = BriefingFile.open(path)
    return file, briefing, BriefingSnapshot(briefing)


def _ignore_interrupts() -> None:
    """Ctrl+C in the terminal reaches the whole process group; the window's process handles it."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _serve_spawned(channel: _Channel, idle_seconds: float, briefing: str | None = None) -> None:
    """Entry point of a spawned helper (importable, as :mod:`multiprocessing` needs)."""
    _ignore_interrupts()
    try:
        _serve(channel, idle_seconds, briefing)
    finally:
        channel.close()


class _Forked:
    """A forked helper, by process id."""

    def __init__(self, pid: int) -> None:
        self._pid: int | None = pid

    def alive(self) -> bool:
        if self._pid is None:
            return False
        try:
            done, _status = os.waitpid(self._pid, os.WNOHANG)
        except ChildProcessError:
            done = self._pid
        if done:
            self._pid = None
        return self._pid is not None

    def stop(self) -> None:
        if self._pid is None:
            return
        import signal

        try:
            os.kill(self._pid, signal.SIGKILL)
            os.waitpid(self._pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        self._pid = None


class _Spawned:
    """A :mod:`multiprocessing` helper."""

    def __init__(self, process: Any) -> None:
        self._process = process

    def alive(self) -> bool:
        return bool(self._process.is_alive())

    def stop(self) -> None:
        if self._process.is_alive():
            self._process.kill()
        self._process.join(5)


class Prefetch:
    """A running helper process that extracts one file or reads one briefing (see module docstring)."""

    def __init__(self, channel: _Channel, process: _Forked | _Spawned, briefing: str | None = None) -> None:
        self._channel: _Channel | None = channel
        self._process = process
        self.briefing = briefing  # the briefing file it reads from the start, if any

    def extract_file(
        self,
        path: str | Path,
        published: date | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
    ) -> Extraction:
        """What :func:`lagebild.core.pipeline.extract_file` returns, extracted by the helper.

        Blocks until the result is back; ``progress`` is called with the
        helper's stages.  Raises :class:`ExtractionCancelled` (the helper is
        stopped) once ``cancelled()`` turns true, and
        :class:`PrefetchUnavailable` when the helper cannot deliver.
        """
        if self.briefing is not None:
            self.close()
            raise PrefetchUnavailable("the helper process reads a briefing")
        return self._result(("extract", str(path), published), progress, cancelled)

    def load_briefing(
        self, path: str | Path, cancelled: Cancelled | None = None
    ) -> tuple[BriefingFile, Briefing, BriefingSnapshot]:
        """What :func:`read_briefing` returns for ``path``, read by the helper
        (which may have started on it already, see :attr:`briefing`).

        Blocks like :meth:`extract_file` and raises the same exceptions.
        """
        import pickle

        if self.briefing is not None and self.briefing != _same_file_key(path):
            self.close()
            raise PrefetchUnavailable("the helper process reads another briefing")
        from lagebild.core.transfer import Receiver

        receiver = Receiver()
        received: list[Any] = []
        job = ("briefing", str(path)) if self.briefing is None else None
        try:
            payload = self._result(job, None, cancelled, lambda part: received.append(receiver.unpack(part)))
            file, briefing = received[0]
            return file, briefing, receiver.unpack(payload)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, IndexError, ValueError) as error:
            raise PrefetchUnavailable(f"{type(error).__name__}: {error}") from error

    def _result(
        self,
        job: tuple[Any, ...] | None,
        progress: Progress | None,
        cancelled: Cancelled | None,
        part: Callable[[Any], None] | None = None,
    ) -> Any:
        """Send ``job`` (if any) and wait for the helper's answer, relaying its
        progress and any part of the answer sent ahead."""
        import pickle

        from lagebild.core.pipeline import ExtractionCancelled

        channel = self._channel
        if channel is None:
            raise PrefetchUnavailable("the helper process has served its job")
        try:
            if job is not None:
                channel.send(job)
            heard = time.monotonic()
            while True:
                if cancelled is not None and cancelled():
                    raise ExtractionCancelled("reading")
                if not channel.poll(_POLL_SECONDS):
                    if not self._process.alive() and not channel.poll(0):
                        raise PrefetchUnavailable("the helper process ended without a result")
                    if time.monotonic() - heard > _SILENCE_SECONDS:
                        raise PrefetchUnavailable("the helper process stopped answering")
                    continue
                kind, *payload = channel.recv()
                heard = time.monotonic()
                if kind == "progress" and progress is not None:
                    progress(*payload)
                elif kind == "part" and part is not None:
                    part(payload[0])
                elif kind == "done":
                    return payload[0]
                elif kind == "failed":
                    raise PrefetchUnavailable(payload[0])
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError) as error:
            raise PrefetchUnavailable(f"{type(error).__name__}: {error}") from error
        finally:
            self.close()

    def close(self) -> None:
        """Stop the helper (if it still runs) and close the channel."""
        if self._channel is not None:
            self._channel.close()
            self._channel = None
        self._process.stop()


_started: Prefetch | None = None


def _default_method() -> str:
    """Fork where it is safe: not on macOS (system frameworks), not once threads run."""
    threading = sys.modules.get("threading")
    threaded = threading is not None and threading.active_count() > 1
    return "fork" if hasattr(os, "fork") and sys.platform != "darwin" and not threaded else "spawn"


def _fork(idle_seconds: float, briefing: str | None) -> Prefetch:
    job_read, job_write = os.pipe()
    reply_read, reply_write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the helper: never returns into the caller's code
        status = 1
        try:
            os.close(job_write)
            os.close(reply_read)
            _ignore_interrupts()
            _serve(_PipeChannel(job_read, reply_write), idle_seconds, briefing)
            status = 0
        finally:
            os._exit(status)
    os.close(job_read)
    os.close(reply_write)
    return Prefetch(_PipeChannel(reply_read, job_write), _Forked(pid), briefing)


def _spawn(idle_seconds: float, briefing: str | None) -> Prefetch:
    import multiprocessing

    context = multiprocessing.get_context("spawn")
    ours, theirs = context.Pipe()
    process = context.Process(
        target=_serve_spawned, args=(theirs, idle_seconds, briefing), name="lagebild-prefetch", daemon=True
    )
    process.start()
    theirs.close()
    return Prefetch(ours, _Spawned(process), briefing)


def start(
    method: str | None = None, idle_seconds: float = IDLE_SECONDS, briefing: str | Path | None = None
) -> Prefetch | None:
    """Start the helper (``"fork"`` or ``"spawn"``; default: fork where safe) for :func:`claim`.

    With ``briefing`` (a ``.lagebild`` file) the helper reads that file at
    once, for :func:`claim_briefing`.  Call it before Qt is imported.
    Returns ``None`` when the helper is turned off or cannot start; the
    window then does the work in its own process.
    """
    global _started
    if os.environ.get(DISABLE_ENV) == "1":
        return None
    method = method or _default_method()
    wanted = _same_file_key(briefing) if briefing is not None else None
    try:
        prefetch = _fork(idle_seconds, wanted) if method == "fork" else _spawn(idle_seconds, wanted)
    except Exception as error:  # noqa: BLE001 - no process for us (limits, sandbox, frozen quirks): not fatal
        log.warning("could not start the extraction helper process: %s", error)
        return None
    if _started is not None:
        _started.close()
    _started = prefetch
    return prefetch


def claim() -> Prefetch | None:
    """The started helper, handed out once, to extract an article (``None`` if there is none,
    it was claimed, or it reads a briefing)."""
    global _started
    if _started is None or _started.briefing is not None:
        return None
    prefetch, _started = _started, None
    return prefetch


def claim_briefing(path: str | Path) -> Prefetch | None:
    """The started helper, handed out once, if it reads the briefing file ``path``
    or still waits for a job."""
    global _started
    if _started is None or _started.briefing not in (None, _same_file_key(path)):
        return None
    prefetch, _started = _started, None
    return prefetch


def open_briefing(path: str | Path, cancelled: Cancelled | None = None) -> tuple[BriefingFile, Briefing, BriefingSnapshot]:
    """What :func:`read_briefing` returns, from the helper if it read this file, else read here."""
    helper = claim_briefing(path)
    if helper is not None:
        try:
            loaded = helper.load_briefing(path, cancelled)
        except PrefetchUnavailable as why:
            log.info("reading the briefing in this process: %s", why)
        else:
            log.info("%s: read by the start-up helper process", Path(path).name)
            return loaded
    return read_briefing(path)


def _same_file_key(path: str | Path) -> str:
    """One spelling per file (relative or absolute, through links), to match requests."""
    return str(Path(path).resolve())
