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
import sys

from fontTools.ttLib import TTFont

ROOT = pathlib.Path(__file__).resolve().parent.parent
SRC = ROOT / "node_modules" / "@fontsource"
OUT = ROOT / "public" / "fonts"
FACES = [("oswald", 700), ("roboto", 400), ("roboto", 700)]


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    for family, weight in FACES:
        font = TTFont(SRC / family / "files" / f"{family}-latin-{weight}-normal.woff2")
        font.flavor = None
        for table in ("GPOS", "GSUB"):
            if table in font:
                del font[table]
        target = OUT / f"{family}-latin-{weight}.ttf"
        font.save(target)
        print(f"{target.relative_to(ROOT)}: {target.stat().st_size} bytes")
    for family, licence in (("oswald", "OFL-Oswald.txt"), ("roboto", "OFL-Roboto.txt")):
        (OUT / licence).write_bytes((SRC / family / "LICENSE").read_bytes())
    return 0


if __name__ == "__main__":
    sys.exit(main())
