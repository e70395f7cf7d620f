"""The light, dark and system palettes on the Fusion style."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from core.bundled import icon_file
from gui.icons import INK

DARK_LIGHTNESS = 128  # a window colour darker than this is a dark theme
TEXT_CONTRAST = 4.5  # WCAG AA for body text: a coloured word must read at least this well
_BLEND_STEP = 0.12  # how far each step moves a colour toward white (dark theme) or black

_SYSTEM_PALETTE: list[QPalette] = []


def dark_palette() -> QPalette:
    p = QPalette()
    window, base, text = QColor(37, 40, 46), QColor(28, 30, 35), QColor(222, 226, 232)
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor(34, 37, 43),
        QPalette.ColorRole.ToolTipBase: QColor(50, 54, 62),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: QColor(130, 136, 146),
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor(48, 52, 60),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor(255, 90, 90),
        QPalette.ColorRole.Link: QColor(110, 170, 255),
        QPalette.ColorRole.Highlight: QColor(58, 110, 180),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.Mid: QColor(70, 75, 85),
        QPalette.ColorRole.Dark: QColor(20, 22, 26),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(120, 124, 132))
    return p


def light_palette() -> QPalette:
    p = QPalette()
    roles = {
        QPalette.ColorRole.Window: QColor(243, 244, 246),
        QPalette.ColorRole.WindowText: QColor(30, 32, 36),
        QPalette.ColorRole.Base: QColor(255, 255, 255),
        QPalette.ColorRole.AlternateBase: QColor(246, 247, 250),
        QPalette.ColorRole.Text: QColor(30, 32, 36),
        QPalette.ColorRole.Button: QColor(236, 237, 240),
        QPalette.ColorRole.ButtonText: QColor(30, 32, 36),
        QPalette.ColorRole.Highlight: QColor(47, 111, 196),
        QPalette.ColorRole.HighlightedText: QColor(255, 255, 255),
        QPalette.ColorRole.ToolTipBase: QColor(255, 255, 225),
        QPalette.ColorRole.ToolTipText: QColor(30, 32, 36),
        QPalette.ColorRole.PlaceholderText: QColor(130, 134, 140),
        QPalette.ColorRole.Link: QColor(30, 90, 190),
    }
    for role, color in roles.items():
        p.setColor(role, color)
    # setColor(role, …) sets every group: without this a disabled button (a read-only
    # project's Merge) would look as clickable as an enabled one
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                 QPalette.ColorRole.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(150, 153, 160))
    return p


# Fusion draws a check box as Base inside a Window-darker frame: on the dark palette both are
# near-black and the box disappears. A light frame (and the highlight when checked) keeps
# "Conflicts only" and every other check box visible.
DARK_INDICATORS = """
QCheckBox::indicator, QGroupBox::indicator {
    width: 12px; height: 12px; border: 1px solid #9aa0aa; border-radius: 2px;
    background: #1c1e23;
}
QCheckBox::indicator:checked, QGroupBox::indicator:checked {
    background: #3a6eb4; border-color: #c8d4e6; image: url("CHECK");
}
QCheckBox::indicator:disabled { border-color: #5a5f68; }
"""


def dark_indicators() -> str:
    """The dark theme's check boxes with a tick when checked: styled, the box lost Fusion's
    tick, and a checked "Conflicts only" was a plain blue square."""
    return DARK_INDICATORS.replace("CHECK", icon_file("check").as_posix())

# Fusion draws no focus mark on a check box: tabbing onto "Conflicts only" showed nothing.
FOCUS_TINT = "QCheckBox:focus {{ background: rgba({}); border-radius: 3px; }}\n"


def focus_tint(dark: bool) -> str:
    return FOCUS_TINT.format("58, 110, 180, 130" if dark else "47, 111, 196, 60")


def apply_theme(app: QApplication, name: str) -> None:
    """"light", "dark", or "system" (the palette the platform gave at start)."""
    if not _SYSTEM_PALETTE:
        _SYSTEM_PALETTE.append(QPalette(app.palette()))
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None and app.style().name().lower() != "fusion":
        app.setStyle(fusion)
    if name == "dark":
        dark = True
    elif name == "light":
        dark = False
    else:
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    if dark:
        app.setPalette(dark_palette())
    elif name == "light":
        app.setPalette(light_palette())
    else:
        app.setPalette(_SYSTEM_PALETTE[0])
    app.setStyleSheet((dark_indicators() if dark else "") + focus_tint(dark))


def icon_ink() -> str:
    """Icons drawn in the palette's ink: dark lines on a light theme, light on dark."""
    palette = QApplication.palette()
    dark = palette.color(palette.ColorRole.Window).lightness() < DARK_LIGHTNESS
    return palette.color(palette.ColorRole.WindowText).name() if dark else INK


def _luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        v = value / 255
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(color.red()) + 0.7152 * channel(color.green())
            + 0.0722 * channel(color.blue()))


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    hi, lo = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def readable(color: QColor, background: QColor | None = None) -> QColor:
    """``color`` for text on ``background`` (default: the palette's Base, where lists and
    text boxes draw): moved toward white on a dark theme, toward black on a light one, until
    it reads at WCAG AA, so red "contradiction" stays legible on the dark theme's near-black."""
    back = background or QApplication.palette().color(QPalette.ColorRole.Base)
    return QColor(_readable(color.rgb(), back.rgb()))


@functools.lru_cache(maxsize=256)
def _readable(rgb: int, back_rgb: int) -> int:
    out, back = QColor(rgb), QColor(back_rgb)
    toward = 255 if back.lightness() < DARK_LIGHTNESS else 0
    while contrast(out, back) < TEXT_CONTRAST and out != QColor(toward, toward, toward):
        out = QColor(*(round(v + (toward - v) * _BLEND_STEP) if abs(toward - v) > 2 else toward
                       for v in (out.red(), out.green(), out.blue())))
    return out.rgb()
