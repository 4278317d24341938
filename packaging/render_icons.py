"""Render the app icon SVG into the raster sizes the installers need.

    python packaging/render_icons.py OUT_DIR [--svg resources/icons/lagebild.svg]

writes ``OUT_DIR/png/lagebild-<N>.png`` (N = 16 ... 1024), ``OUT_DIR/lagebild.ico``
(Windows, PNG-compressed entries 16-256) and ``OUT_DIR/lagebild.icns`` (macOS,
PNG entries 16-1024).  Only the SVG is committed; everything here is build output.
Rendering uses PySide6's QSvgRenderer, so no other tool is needed on any OS.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SVG = ROOT / "resources" / "icons" / "lagebild.svg"

PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512, 1024)
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns element type -> pixel size (PNG payloads; "@2x" types reuse larger renders)
ICNS_TYPES = (
    ("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
    ("ic09", 512), ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512),
)


def render_pngs(svg: Path, out_dir: Path, sizes: tuple[int, ...] = PNG_SIZES) -> dict[int, Path]:
    """Render ``svg`` at each size into ``out_dir/lagebild-<N>.png``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (keeps Qt alive)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    out_dir.mkdir(parents=True, exist_ok=True)
    written: dict[int, Path] = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out_dir / f"lagebild-{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"could not write {path}")
        written[size] = path
    return written


def write_ico(pngs: dict[int, Path], target: Path, sizes: tuple[int, ...] = ICO_SIZES) -> None:
    """A Windows .ico whose entries are PNG images (supported since Windows Vista)."""
    blobs = [(size, pngs[size].read_bytes()) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(blobs))
    offset = len(header) + 16 * len(blobs)
    entries, data = b"", b""
    for size, blob in blobs:
        edge = 0 if size >= 256 else size  # 0 means 256 in the directory entry
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset + len(data))
        data += blob
    target.write_bytes(header + entries + data)


def write_icns(pngs: dict[int, Path], target: Path) -> None:
    """A macOS .icns of PNG elements (what ``iconutil`` writes from an .iconset)."""
    body = b""
    for kind, size in ICNS_TYPES:
        blob = pngs[size].read_bytes()
        body += kind.encode("ascii") + struct.pack(">I", 8 + len(blob)) + blob
    target.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)


def render_all(out_dir: Path, svg: Path = DEFAULT_SVG) -> dict[int, Path]:
    """PNGs, .ico and .icns into ``out_dir``; returns the PNGs by size."""
    pngs = render_pngs(svg, out_dir / "png")
    write_ico(pngs, out_dir / "lagebild.ico")
    write_icns(pngs, out_dir / "lagebild.icns")
    return pngs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--svg", type=Path, default=DEFAULT_SVG)
    args = parser.parse_args(argv)
    render_all(args.out_dir, args.svg)
    print(f"icons written to {args.out_dir}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
