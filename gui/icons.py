"""Icons from the plain SVGs in ``resources/icons``, recoloured for the palette in use (the
drawings use one ink colour, swapped for the palette's text colour in a dark theme)."""

from __future__ import annotations

import functools
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_DIR = Path(__file__).resolve().parents[1] / "resources" / "icons"
INK = "#3b4252"


@functools.cache
def icon(name: str, ink: str = INK) -> QIcon:
    """The named icon with its ink colour replaced by ``ink``; an empty icon if missing."""
    path = ICON_DIR / f"{name}.svg"
    try:
        svg = path.read_text(encoding="utf-8").replace(INK, ink)
    except OSError:
        return QIcon()
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48, 64):
        pix = QPixmap(size, size)
        pix.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pix)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        result.addPixmap(pix)
    return result
