#!/usr/bin/env python3
"""Regenerates public/fonts/*.ttf from the npm @fontsource packages.

Run by `make fonts` (needs `npm ci` and `pip install fonttools brotli`). The output
is committed, so neither a build nor a test needs Python.

Why TTF and not woff2: the same file is the page's @font-face *and* the bytes that
the Rust text measurer (ab_glyph) parses, so a line breaks at the same word in the
canvas preview, the exports and the native tests. ab_glyph cannot read woff2.

Why GPOS/GSUB are dropped: the browser applies GPOS kerning and GSUB ligatures,
ab_glyph does not. Without these tables every renderer advances glyphs identically.
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


def plain(path: pathlib.Path, drop=("GPOS", "GSUB", "GDEF")) -> TTFont:
    """A woff2 file as TTF without GPOS/GSUB (and GDEF, which only they use)."""
    font = TTFont(path)
    font.flavor = None
    for table in drop:
        if table in font:
            del font[table]
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
    words and digits in an Arabic graphic come from the same font. The text is shaped
    in Rust into presentation forms, which the browser draws as they are.

    The Arabic part keeps its GSUB (and GDEF): without it, Chromium's HarfBuzz falls
    back to synthesising Arabic shaping from the cmap and draws presentation forms with
    stray pieces (a lone U+FEB7 came out as "شم"). Its lookups work on the base
    letters' glyphs, which the shaped text never uses, so advances stay equal to
    ab_glyph's (tests/web.rs checks). GPOS goes: mark positioning is not applied by
    ab_glyph, and diacritics are removed by the shaper anyway."""
    files = ROOT / "node_modules" / "@fontsource" / ARABIC / "files"
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for subset, drop in (("latin", ("GPOS", "GSUB", "GDEF")), ("arabic", ("GPOS",))):
            path = pathlib.Path(tmp) / f"{subset}.ttf"
            plain(files / f"{ARABIC}-{subset}-{weight}-normal.woff2", drop).save(path)
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
