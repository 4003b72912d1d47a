#!/usr/bin/env python3
"""Regenerates public/fonts/*.ttf from the npm @fontsource packages.

Run by `make fonts` (needs `npm ci` and `pip install fonttools brotli`). The output
is committed, so neither a build nor a test needs Python.

Why TTF and not woff2: the same file is the page's @font-face *and* the bytes that
the Rust text engine (ttf-parser) parses, shapes and draws, so a line breaks at the same
word and sets the same glyphs in the canvas preview, the exports and the native tests.
ttf-parser cannot read woff2.

The fonts keep their layout tables (GSUB, GPOS, GDEF): the Rust text engine
(`src/text/`) shapes every line with them, kerning and ligatures included, and every
painter draws the glyphs it chose. They are subsets by characters only (the
@fontsource unicode-range files), never by dropping tables.
"""
import pathlib
import shutil
import sys
import tempfile

from fontTools.merge import Merger
from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "node_modules" / "@fontsource"
OUT = ROOT / "public" / "fonts"
FACES = [("oswald", 700), ("roboto", 400), ("roboto", 700)]
ARABIC = "noto-sans-arabic"
NARROW_NBSP = 0x202F  # CLDR's French group separator; the latin subsets lack it


def plain(path: pathlib.Path) -> TTFont:
    """A woff2 file as TTF, every table kept."""
    font = TTFont(path)
    font.flavor = None
    return font


def add_narrow_nbsp(font: TTFont) -> None:
    """Maps U+202F to the thin space's glyph (or the space's), in every cmap."""
    best = font.getBestCmap()
    glyph = best.get(0x2009) or best[0x20]
    for table in font["cmap"].tables:
        if table.isUnicode():
            table.cmap.setdefault(NARROW_NBSP, glyph)


def save(font: TTFont, name: str) -> None:
    add_narrow_nbsp(font)
    target = OUT / name
    font.save(target)
    print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")


def arabic(weight: int) -> TTFont:
    """Noto Sans Arabic's arabic and latin subsets merged into one file, so that Latin
    words and digits in an Arabic graphic come from the same font. Both keep their
    GSUB and GPOS: joining, ligatures and marks are applied by the shaper."""
    files = ROOT / "node_modules" / "@fontsource" / ARABIC / "files"
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for subset in ("latin", "arabic"):
            path = pathlib.Path(tmp) / f"{subset}.ttf"
            plain(files / f"{ARABIC}-{subset}-{weight}-normal.woff2").save(path)
            paths.append(str(path))
        return Merger().merge(paths)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for family, weight in FACES:
        font = plain(SRC / family / "files" / f"{family}-latin-{weight}-normal.woff2")
        save(font, f"{family}-latin-{weight}.ttf")
    for weight in (400, 700):
        save(arabic(weight), f"{ARABIC}-{weight}.ttf")
        # The interface's Arabic text is shaped by the browser: it gets the original
        # file, GSUB and all.
        ui = f"{ARABIC}-arabic-{weight}-normal.woff2"
        shutil.copyfile(SRC / ARABIC / "files" / ui, OUT / ui)
    for family, licence in (
        ("oswald", "OFL-Oswald.txt"),
        ("roboto", "OFL-Roboto.txt"),
        (ARABIC, "OFL-Noto-Sans-Arabic.txt"),
    ):
        (OUT / licence).write_bytes((SRC / family / "LICENSE").read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
