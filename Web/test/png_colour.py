#!/usr/bin/env python3
"""The share of coloured pixels (not white, grey or black) in a PNG screenshot below a given row: a report with its
heat maps and level badges has many, an empty frame none. Python's standard library only.

    png_colour.py SHOT.png FROM_ROW      prints the share, such as 0.0421
"""
import struct
import sys
import zlib


def pixels(path: str):
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    offset, chunks, header = 8, [], None
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            header = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            chunks.append(body)
        offset += 12 + length
    width, height, depth, colour, _, _, interlace = header
    assert depth == 8 and colour in (2, 6) and interlace == 0, "only 8-bit RGB(A), not interlaced"
    step = 3 if colour == 2 else 4
    raw = zlib.decompress(b"".join(chunks))
    stride = width * step
    previous = bytearray(stride)
    rows = []
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for x in range(stride):
            left = line[x - step] if x >= step else 0
            up = previous[x]
            corner = previous[x - step] if x >= step else 0
            if kind == 1:
                line[x] = (line[x] + left) & 255
            elif kind == 2:
                line[x] = (line[x] + up) & 255
            elif kind == 3:
                line[x] = (line[x] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                predictor = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[x] = (line[x] + predictor) & 255
        rows.append(line)
        previous = line
    return width, height, step, rows


def main(path: str, from_row: int) -> None:
    width, height, step, rows = pixels(path)
    coloured = total = 0
    for line in rows[from_row:]:
        for x in range(0, width * step, step):
            r, g, b = line[x], line[x + 1], line[x + 2]
            total += 1
            if max(r, g, b) - min(r, g, b) > 40:
                coloured += 1
    print(f"{coloured / max(total, 1):.4f}")


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
