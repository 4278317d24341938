"""Build Lagebild's release artifacts for the OS this runs on.

    python packaging/build.py [--skip-installer]

Steps, each also runnable by hand:

1. install PyInstaller into this Python if it is missing;
2. stage the package as a wheel would lay it out (``build/pkgroot/lagebild``,
   with ``resources/`` and ``seeds/`` inside, per pyproject's ``package-dir``);
3. render the icons (``packaging/render_icons.py`` -> ``build/icons``);
4. run PyInstaller with ``packaging/lagebild.spec`` -> ``dist/lagebild/``
   (``dist/Lagebild.app`` on macOS);
5. the per-OS step: Linux ``.deb`` + ``.tar.gz`` (``packaging/linux/make_packages.py``),
   Windows Inno Setup installer (``packaging/windows/lagebild.iss``), macOS ``.dmg``
   (``packaging/macos/make_dmg.sh``).

Everything is written below ``build/`` and ``dist/`` (or ``--build-dir``/``--dist-dir``).
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
PYINSTALLER_REQUIREMENT = "pyinstaller>=6.3"


def project() -> dict:
    """The parsed ``pyproject.toml``."""
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def version() -> str:
    """The version from ``pyproject.toml``, the single source for every artifact."""
    return project()["project"]["version"]


def run(*command: str | Path) -> None:
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run([str(part) for part in command], check=True, cwd=ROOT)


def ensure_pyinstaller() -> None:
    if importlib.util.find_spec("PyInstaller") is None:
        run(sys.executable, "-m", "pip", "install", PYINSTALLER_REQUIREMENT)


def stage_package(target: Path) -> Path:
    """Copy the Python packages into ``target`` laid out as they are installed.

    Follows ``[tool.setuptools] package-dir`` so ``resources/`` becomes
    ``lagebild/resources`` and ``seeds/`` ``lagebild/seeds``, exactly as in a wheel.
    """
    setuptools = project()["tool"]["setuptools"]
    mapping: dict[str, str] = setuptools.get("package-dir", {})
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.rmtree(target, ignore_errors=True)
    for top in sorted({name.split(".")[0] for name in setuptools["packages"]}):
        shutil.copytree(ROOT / mapping.get("", ".") / top, target / top, ignore=ignore)
    for package, folder in mapping.items():
        if package:
            shutil.copytree(ROOT / folder, target.joinpath(*package.split(".")),
                            ignore=ignore, dirs_exist_ok=True)
    return target


def pyinstaller(build_dir: Path, dist_dir: Path, pkgroot: Path, icons: Path) -> None:
    run(
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", dist_dir, "--workpath", build_dir / "pyinstaller",
        HERE / "lagebild.spec", "--",
        "--pkgroot", pkgroot, "--icons", icons, "--version", version(),
    )


def linux_packages(build_dir: Path, dist_dir: Path, icons: Path) -> None:
    run(
        sys.executable, HERE / "linux" / "make_packages.py",
        "--bundle", dist_dir / "lagebild", "--icons", icons, "--version", version(),
        "--work", build_dir / "linux", "--out", dist_dir,
    )


def windows_installer(dist_dir: Path, icons: Path) -> None:
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    default = Path(r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    if iscc is None and default.exists():
        iscc = str(default)
    if iscc is None:
        raise SystemExit("Inno Setup's ISCC.exe was not found (choco install innosetup)")
    run(
        iscc, f"/DAppVersion={version()}", f"/DSourceDir={dist_dir / 'lagebild'}",
        f"/DIconFile={icons / 'lagebild.ico'}", f"/DOutputDir={dist_dir}",
        HERE / "windows" / "lagebild.iss",
    )


def macos_dmg(dist_dir: Path) -> None:
    run("bash", HERE / "macos" / "make_dmg.sh", dist_dir / "Lagebild.app",
        dist_dir / f"Lagebild-{version()}-macos.dmg")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Lagebild for this OS.")
    parser.add_argument("--build-dir", type=Path, default=ROOT / "build")
    parser.add_argument("--dist-dir", type=Path, default=ROOT / "dist")
    parser.add_argument("--skip-installer", action="store_true",
                        help="stop after PyInstaller (no .deb/.tar.gz, .exe installer or .dmg)")
    args = parser.parse_args(argv)
    build_dir, dist_dir = args.build_dir.resolve(), args.dist_dir.resolve()

    ensure_pyinstaller()
    pkgroot = stage_package(build_dir / "pkgroot")
    icons = build_dir / "icons"
    run(sys.executable, HERE / "render_icons.py", icons)
    pyinstaller(build_dir, dist_dir, pkgroot, icons)
    if not args.skip_installer:
        if sys.platform.startswith("linux"):
            linux_packages(build_dir, dist_dir, icons)
        elif sys.platform == "win32":
            windows_installer(dist_dir, icons)
        elif sys.platform == "darwin":
            macos_dmg(dist_dir)
    print(f"done: {dist_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
