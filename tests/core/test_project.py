"""Project-level guarantees: the core stays Qt-free, every package ships, resources
are found through importlib.resources in an installed wheel."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_every_python_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {
        ".".join(p.parent.relative_to(ROOT / "desktop").parts)
        for p in (ROOT / "desktop").rglob("__init__.py")
    }
    assert found <= listed, f"add to [tool.setuptools] packages: {sorted(found - listed)}"


def test_core_imports_without_qt():
    code = (
        "import sys; import lagebild.core.pipeline, lagebild.core.events, lagebild.core.timex, lagebild.core.ner;"
        "from lagebild.core.pipeline import extract_file;"
        f"x = extract_file({str(ROOT / 'seeds' / 'nordkorea-waffenlieferant.de.txt')!r});"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'qtawesome')];"
        "assert not bad, bad; assert x.events"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def test_import_linter_contract():
    lint = Path(sys.executable).with_name("lint-imports")
    if not lint.exists():
        pytest.skip("import-linter is not installed")
    completed = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stdout + completed.stderr


@pytest.mark.slow
def test_installed_wheel_finds_resources_and_seeds(tmp_path: Path):
    """Build the wheel, unpack it into a private folder and use it from there."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)],
        check=True,
        timeout=600,
    )
    (wheel,) = wheels.glob("lagebild-*.whl")
    target = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target), str(wheel)], check=True, timeout=600)
    code = (
        "import lagebild, pathlib;"
        f"assert pathlib.Path(lagebild.__file__).is_relative_to({str(target)!r}), lagebild.__file__;"
        "from lagebild.core.resources import seed_articles, resource, load_json;"
        "seeds = seed_articles(); assert seeds and seeds[0].name.endswith('.txt');"
        "assert load_json('lang/de/events.json');"
        "from lagebild.core.pipeline import extract;"
        "from lagebild.core.model import Article;"
        "x = extract(Article(text=seeds[0].read_text(encoding='utf-8')));"
        "assert x.entities and x.timexes;"
        "print(len(x.events))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    completed = subprocess.run([sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr
