"""Every persistent setting, declared once with its type and default.

Settings live in an INI file in the user's configuration folder
(``QSettings.IniFormat``, ``UserScope``), so they are readable and the same
on every OS.  Widgets never spell a key: they read ``settings.theme`` or
assign ``settings.recent_files = [...]``.

``LAGEBILD_SETTINGS_DIR`` moves the file elsewhere (tests, benchmarks, a
portable install); tests call :func:`use_settings_dir` with a temporary path.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Lagebild"
APPLICATION = "Lagebild"
SETTINGS_DIR_ENV = "LAGEBILD_SETTINGS_DIR"
MAX_RECENT_FILES = 10

T = TypeVar("T")


class Setting(Generic[T]):
    """A typed settings key; used as a class attribute of :class:`Settings`."""

    def __init__(self, key: str, kind: type[T], default: T) -> None:
        self.key = key
        self.kind = kind
        self.default = default

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, owner: type) -> T: ...
    def __get__(self, obj: Settings | None, owner: type) -> Setting[T] | T:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)


class Settings:
    """Lagebild's settings over one ``QSettings`` INI file."""

    geometry = Setting("window/geometry", QByteArray, QByteArray())
    window_state = Setting("window/state", QByteArray, QByteArray())
    outer_splitter = Setting("window/splitter_outer", QByteArray, QByteArray())
    inner_splitter = Setting("window/splitter_inner", QByteArray, QByteArray())
    event_table_header = Setting("window/event_table_header", QByteArray, QByteArray())
    article_zoom = Setting("article/zoom", int, 0)
    recent_files = Setting("files/recent", list, [])
    last_directory = Setting("files/last_directory", str, "")
    theme = Setting("ui/theme", str, "system")  # "system", "light" or "dark"
    language = Setting("ui/language", str, "")  # "" follows the system, else "de"/"en"

    def __init__(self) -> None:
        self._qsettings = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
        )

    @property
    def path(self) -> str:
        """The INI file."""
        return self._qsettings.fileName()

    @property
    def recovery_folder(self) -> Path:
        """Where unsaved briefings are autosaved until they get a file (beside the settings)."""
        return Path(self.path).parent / "recovery"

    def read(self, setting: Setting[T]) -> T:
        """The stored value, or the default if missing or unreadable."""
        if not self._qsettings.contains(setting.key):
            return _copy(setting.default)
        try:
            value: Any = self._qsettings.value(setting.key, setting.default, type=setting.kind)
        except (TypeError, ValueError):
            return _copy(setting.default)
        if setting.kind is list:  # an INI list of one item comes back as that item
            value = [str(item) for item in value] if isinstance(value, list) else [str(value)]
        return value if isinstance(value, setting.kind) else _copy(setting.default)

    def write(self, setting: Setting[T], value: T) -> None:
        """Store ``value`` (checked against the declared type)."""
        if not isinstance(value, setting.kind):
            raise TypeError(f"{setting.key} takes {setting.kind.__name__}, not {type(value).__name__}")
        self._qsettings.setValue(setting.key, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._qsettings.sync()

    def add_recent_file(self, path: str | Path) -> list[str]:
        """Put ``path`` first in the recent files (no duplicates, at most ten)."""
        entry = str(Path(path).resolve())
        recent = [p for p in self.recent_files if p != entry]
        self.recent_files = [entry, *recent][:MAX_RECENT_FILES]
        return self.recent_files


def use_settings_dir(folder: str | Path) -> None:
    """Keep user-scope INI settings in ``folder`` (call before the first ``Settings()``)."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


def apply_settings_dir_from_env() -> None:
    """Honour ``LAGEBILD_SETTINGS_DIR`` if it is set."""
    folder = os.environ.get(SETTINGS_DIR_ENV)
    if folder:
        use_settings_dir(folder)


def _copy(value: T) -> T:
    """A fresh copy of a mutable default."""
    if isinstance(value, list):
        return list(value)  # type: ignore[return-value]
    if isinstance(value, QByteArray):
        return QByteArray(value)  # type: ignore[return-value]
    return value
