"""Icons from the plain SVGs in ``resources/icons`` (found by ``core.bundled``), recoloured for
the palette in use (the drawings use one ink colour, swapped for the palette's text colour in a
dark theme). A missing drawing raises ``MissingResourceError``: a toolbar of blank buttons would
hide a broken install."""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from core.bundled import icon_file

INK = "#3b4252"


@functools.cache
def icon(name: str, ink: str = INK) -> QIcon:
    """The named icon with its ink colour replaced by ``ink``."""
    svg = icon_file(name).read_text(encoding="utf-8").replace(INK, ink)
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
