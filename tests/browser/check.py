#!/usr/bin/env python3
"""Checks a Chromium rendering of the par-score HTML report (standard library only).

Usage: check.py SCREENSHOT.png DOM.html REPORT.pdf
- the screenshot is not blank: enough non-white pixels, and pixels of the grade colours
  of the bar chart (so the inline SVG was drawn);
- the rendered DOM holds the expected text;
- the PDF has A4 pages, one at least per unit page.
"""
import re
import struct
import sys
import zlib


def decode_png(path):
    """Width, height, channels and rows of an 8-bit RGB or RGBA PNG."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", None
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, color, _, _, interlace = header
    assert depth == 8 and color in (2, 6) and interlace == 0, f"unsupported PNG {header}"
    channels = 3 if color == 2 else 4
    raw, stride = zlib.decompress(idat), width * channels
    rows, previous = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            up_left = previous[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + left) & 0xFF
            elif kind == 2:
                line[i] = (line[i] + up) & 0xFF
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 0xFF
            elif kind == 4:
                p = left + up - up_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - up_left)
                pred = left if pa <= pb and pa <= pc else (up if pb <= pc else up_left)
                line[i] = (line[i] + pred) & 0xFF
        rows.append(bytes(line))
        previous = line
    return width, height, channels, rows


def near(pixel, color, tolerance=24):
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, color))


def main(png, dom_path, pdf_path):
    width, height, channels, rows = decode_png(png)
    total = width * height
    ink, grades = 0, {"Xuất sắc": 0, "Tốt": 0, "Khá": 0, "Trung bình": 0}
    colors = {"Xuất sắc": (0x1A, 0x7F, 0x37), "Tốt": (0x57, 0xA8, 0x4A), "Khá": (0xC9, 0xA2, 0x27), "Trung bình": (0xE0, 0x7B, 0x28)}
    for row in rows:
        for x in range(0, len(row), channels):
            pixel = row[x:x + 3]
            if min(pixel) < 235:
                ink += 1
                for name, color in colors.items():
                    if near(pixel, color):
                        grades[name] += 1
    share = ink / total
    print(f"screenshot {width}×{height}: {share:.1%} non-white pixels; grade colours {grades}")
    assert share > 0.03, "the screenshot is (nearly) blank"
    assert all(count > 200 for count in grades.values()), f"bar colours missing: {grades}"

    dom = open(dom_path, encoding="utf-8").read()
    expected = [
        "Báo cáo kết quả Chỉ số cải cách hành chính",
        "Bảng xếp hạng",
        "Chỉ số CCHC theo đơn vị",
        "Các tiêu chí thành phần yếu nhất toàn tỉnh",
        "UBND thành phố Hòa An",
        "UBND huyện Vĩnh Thạnh",
        "95,16",
        "68,53",
        "Bình quân toàn tỉnh (%)",
    ]
    missing = [text for text in expected if text not in dom]
    assert not missing, f"text missing from the rendered page: {missing}"
    assert dom.count('class="page unit"') == 10, "one page per unit"
    assert dom.count("<rect") >= 10 + 80, "SVG bars in the DOM"
    print(f"DOM: {len(dom)} characters, all {len(expected)} expected texts present")

    pdf = open(pdf_path, "rb").read()
    pages = len(re.findall(rb"/Type\s*/Page[^s]", pdf))
    boxes = {(round(float(w), 1), round(float(h), 1)) for w, h in re.findall(rb"/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]", pdf)}
    print(f"PDF: {pages} pages of {', '.join(f'{w} × {h} pt' for w, h in sorted(boxes))} (A4 = 595.3 × 841.9 pt)")
    assert pages >= 13, "ranking, charts, weakest criteria and ten unit pages"
    assert boxes and all(abs(w - 595.3) < 2 and abs(h - 841.9) < 2 for w, h in boxes), "A4 pages"
    print("browser check passed")


if __name__ == "__main__":
    main(*sys.argv[1:4])
