#!/usr/bin/env python3
"""Writes core/src/test/resources/org/zhnews/core/malformed-sequences.tsv: malformed and edge
byte sequences with the decoding the standards prescribe, for MalformedSequencesTest.

UTF-8 rows: Python's own codec, bytes.decode('utf-8', 'replace'), which substitutes one U+FFFD
per maximal subpart (the Unicode Standard, chapter 3); each row is checked against a second,
independent decoder below (the WHATWG Encoding Standard's UTF-8 decoder, written from its text).
UTF-16LE/BE rows: Python's codecs, checked the same way against the WHATWG shared UTF-16 decoder.
GB18030 and Big5 rows: Python's codecs for these are not the WHATWG ones, so the rows come from
the WHATWG gb18030 and Big5 decoders below, written from the text of
https://encoding.spec.whatwg.org/ and reading its index files (index-gb18030.txt,
index-gb18030-ranges.txt, index-big5.txt: copyright WHATWG, CC BY 4.0, portions in code
BSD-3-Clause); the indexes are read at generation time only and are not part of zhnews.

Columns: charsets (Java names to decode with, '|'-separated), bytes (hex), text (the decoded
code points, hex), errors (U+FFFD substituted), runs (the substituted U+FFFD as ranges of
UTF-16 units, adjacent ones merged: zhnews' malformed_input warnings), marker (the UTF-16 index
of a line feed appended to the bytes, in the decoding of bytes + 0A (0A 00, 00 0A in UTF-16),
-1 where it is not read as one), marked_runs (runs in that
decoding: they differ where an error at the end of the input swallows what a following byte would
have let stand), note.

Usage: scripts/malformed-sequences.py WHATWG_DIR > core/src/test/resources/org/zhnews/core/malformed-sequences.tsv
"""
import bisect
import os
import sys

UTF8 = [
    ("61 F1 80 80 E1 80 C2 62 80 63 80 BF 64", "the Unicode Standard's example for Table 3-8"),
    ("C0 AF E0 80 BF F0 81 82 41", "non-shortest forms, as in the standard's examples after Table 3-8"),
    ("ED A0 80 ED BF BF ED AF 41", "surrogates, as in the standard's examples after Table 3-8"),
    ("F4 91 92 93 FF 41 80 BF 42", "other ill-formed sequences, as in the standard's examples after Table 3-8"),
    ("E1 80 E2 F0 91 92 F1 BF 41", "truncated sequences, as in the standard's examples after Table 3-8"),
    ("C0 AF", "overlong U+002F, two bytes"),
    ("E0 80 AF", "overlong U+002F, three bytes"),
    ("F0 80 80 AF", "overlong U+002F, four bytes"),
    ("F8 80 80 80 AF", "overlong U+002F, five bytes (no such form)"),
    ("FC 80 80 80 80 AF", "overlong U+002F, six bytes (no such form)"),
    ("C1 BF", "overlong U+007F"),
    ("E0 9F BF", "overlong U+07FF"),
    ("F0 8F BF BF", "overlong U+FFFF"),
    ("C0 80", "overlong U+0000"),
    ("E0 80 80", "overlong U+0000, three bytes"),
    ("ED A0 80", "surrogate U+D800"),
    ("ED BF BF", "surrogate U+DFFF"),
    ("ED AD BF", "surrogate U+DB7F"),
    ("ED B0 80", "surrogate U+DC00"),
    ("ED A0 80 ED B0 80", "surrogate pair U+D800 U+DC00 (CESU-8)"),
    ("ED A0", "surrogate lead and one byte, at the end"),
    ("ED A0 41", "surrogate lead and one byte, then ASCII"),
    ("ED 9F BF", "U+D7FF, the last code point before the surrogates: valid"),
    ("EE 80 80", "U+E000, the first after the surrogates: valid"),
    ("F4 90 80 80", "above U+10FFFF"),
    ("F4 8F BF BF", "U+10FFFF: valid"),
    ("F5 80 80 80", "lead F5"),
    ("F7 BF BF BF", "lead F7"),
    ("F5", "byte F5 alone"),
    ("F8", "byte F8 alone"),
    ("FB", "byte FB alone"),
    ("FC", "byte FC alone"),
    ("FD", "byte FD alone"),
    ("FE", "byte FE alone"),
    ("FF", "byte FF alone"),
    ("FE FE FF FF", "FE FE FF FF"),
    ("EF BF BF", "noncharacter U+FFFF: decoded, not replaced"),
    ("EF BF BE", "noncharacter U+FFFE"),
    ("EF B7 90", "noncharacter U+FDD0"),
    ("F0 9F BF BF", "noncharacter U+1FFFF"),
    ("F4 8F BF BE", "noncharacter U+10FFFE"),
    ("EF BF BD", "U+FFFD itself: a character, not a substitution"),
    ("EF BF BD ED A0 80", "U+FFFD then a surrogate: four U+FFFD, three substituted"),
    ("80", "lone continuation 80"),
    ("BF", "lone continuation BF"),
    ("80 BF 80 BF", "four continuation bytes"),
    ("80 80 80 80 80 80 80", "seven continuation bytes"),
    ("41 80 42", "a continuation byte between ASCII"),
    ("C2", "truncated two-byte sequence, at the end"),
    ("C2 41", "truncated two-byte sequence, then ASCII"),
    ("E0 A0", "truncated three-byte sequence (E0), at the end"),
    ("E1 80", "truncated three-byte sequence, at the end"),
    ("E1 80 41", "truncated three-byte sequence, then ASCII"),
    ("F0 90 80", "truncated four-byte sequence (F0), at the end"),
    ("F1 80 80", "truncated four-byte sequence, at the end"),
    ("F4 8F BF", "truncated four-byte sequence (F4), at the end"),
    ("F0 90 80 41", "truncated four-byte sequence, then ASCII"),
    ("C2 E1 80 F0 90", "three truncated sequences in a row"),
    ("E0 A0 C0 AF", "truncated sequence, then an overlong one"),
    ("E4 B8 AD E6 96 87 ED A0 80 E4 B8 AD", "Chinese around a surrogate"),
    ("E4 B8 AD E6 96 87 E4 B8 E6 96 87", "Chinese with a truncated character inside"),
    ("E4 B8 AD 80 80 E6 96 87", "Chinese with stray continuation bytes"),
    ("F0 9F 98 80 ED A0 80 41", "a supplementary character (two UTF-16 units) before a surrogate"),
    ("F0 9F 98 E4 B8 AD", "truncated supplementary character before Chinese"),
]

# UTF-16LE rows; each is also written swapped, as UTF-16BE
UTF16 = [
    ("00 D8 41 00", "an unpaired leading surrogate then A: A is kept (the JDK swallows it)"),
    ("00 DC 41 00", "an unpaired trailing surrogate"),
    ("00 D8 00 D8 00 DC", "an unpaired leading surrogate before a pair"),
    ("00 DC 00 D8", "trailing then leading surrogate"),
    ("FF DB FF DF", "U+10FFFF: valid"),
    ("3D D8 00 DE 2D 4E", "a supplementary character (two UTF-16 units) then Chinese: valid"),
    ("2D 4E 00 D8 2D 4E", "Chinese around an unpaired leading surrogate"),
    ("00 D8", "an unpaired leading surrogate at the end"),
    ("00 D8 41", "a leading surrogate and an odd byte at the end: one U+FFFD"),
    ("41 00 00", "an odd byte at the end (the line feed after it is read out of step)"),
    ("FF FF FE FF", "noncharacters U+FFFF and U+FFFE: valid"),
]

GB18030 = [
    ("80", "0x80 alone is U+20AC"),
    ("FF", "0xFF alone"),
    ("FF 41", "0xFF then ASCII"),
    ("81", "a lead at the end"),
    ("81 20", "a lead then a space: the space is kept"),
    ("81 7F 41", "a lead then DEL: DEL is kept"),
    ("81 FF 41", "a lead then FF: one U+FFFD for both"),
    ("81 30", "a four-byte form cut after two bytes, at the end"),
    ("81 30 41", "a four-byte form broken at its third byte (ASCII): the second byte is read again"),
    ("81 30 20", "a four-byte form broken at its third byte (space)"),
    ("81 30 81", "a four-byte form cut after three bytes, at the end"),
    ("81 30 81 20", "a four-byte form broken at its fourth byte: second and third bytes read again"),
    ("81 30 81 41", "broken at the fourth byte: the third byte and A make a pair"),
    ("81 30 81 3A", "broken at the fourth byte (colon)"),
    ("81 30 81 30", "U+0080, the first four-byte code"),
    ("84 31 A4 39", "U+FFFF, the last BMP four-byte code"),
    ("84 31 A5 30", "a four-byte pointer the ranges do not map (39420): one U+FFFD for four bytes"),
    ("90 30 81 30", "U+10000"),
    ("E3 32 9A 35", "U+10FFFF"),
    ("E3 32 9A 36", "past U+10FFFF: one U+FFFD for four bytes"),
    ("FE 39 FE 39", "the last four-byte form: unmapped"),
    ("81 35 F4 37", "pointer 7457 is U+E7C7"),
    ("A3 A0", "WHATWG maps A3 A0 to U+3000 (the JDK: U+E5E5)"),
    ("A6 D9", "U+FE10 (GB18030-2022)"),
    ("84 31 82 36", "four-byte U+FE10: WHATWG keeps it (the JDK's 2022 mapping: U+E78D)"),
    ("FE 59", "U+9FB4 (GB18030-2022)"),
    ("82 35 90 37", "four-byte U+9FB4: WHATWG keeps it (the JDK's 2022 mapping: U+E81E)"),
    ("A8 BF", "U+01F9"),
    ("D6 D0 CE C4 81 30 D6 D0", "Chinese around a broken four-byte form"),
    ("D6 D0 81 D6 D0", "Chinese with a lost trail byte: the lead pairs with the next lead"),
    ("D6 D0 CE 20 D6 D0", "Chinese with a lost trail byte before a space"),
]

BIG5 = [
    ("80", "0x80 alone", "Big5|Big5-HKSCS"),
    ("80 41", "0x80 then ASCII: the ASCII byte is kept (the JDK's Big5-HKSCS drops it)", "Big5|Big5-HKSCS"),
    ("FF 41", "0xFF then ASCII", "Big5|Big5-HKSCS"),
    ("81 41", "a lead with no pointer then ASCII: the ASCII byte is kept", "Big5|Big5-HKSCS"),
    ("81 40", "pointer 0 is unmapped; @ is kept", "Big5|Big5-HKSCS"),
    ("A1", "a lead at the end", "Big5|Big5-HKSCS"),
    ("A1 20", "a lead then a space", "Big5|Big5-HKSCS"),
    ("A1 7F 41", "a lead then DEL", "Big5|Big5-HKSCS"),
    ("A1 80 41", "a lead then 80: one U+FFFD for both", "Big5|Big5-HKSCS"),
    ("A1 A0 41", "a lead then A0 (out of the trail ranges): one U+FFFD for both", "Big5|Big5-HKSCS"),
    ("A1 FF 41", "a lead then FF", "Big5|Big5-HKSCS"),
    ("A1 40", "U+3000", "Big5|Big5-HKSCS"),
    ("A4 40 A4 A4", "Chinese", "Big5|Big5-HKSCS"),
    ("88 62", "pointer 1133: two code points", "Big5|Big5-HKSCS"),
    ("88 64", "pointer 1135: two code points", "Big5|Big5-HKSCS"),
    ("88 A3", "pointer 1164: two code points", "Big5|Big5-HKSCS"),
    ("88 A5 41", "pointer 1166: two code points", "Big5|Big5-HKSCS"),
    ("87 40", "HKSCS U+43F0 (the JDK's Big5 lacks it)", "Big5-HKSCS"),
    ("89 41 81 41", "HKSCS U+21145 (two UTF-16 units), then a lead with no pointer", "Big5-HKSCS"),
    ("A4 40 A4 A4 FE", "Chinese then a lead at the end", "Big5|Big5-HKSCS"),
    ("A4 40 A3 E2 A4 A4", "Chinese with an unmapped pair: one U+FFFD for both bytes", "Big5|Big5-HKSCS"),
]

FFFD = 0xFFFD


def load(directory, name):
    table = {}
    with open(os.path.join(directory, name), encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            pointer, cp = line.split("\t")[:2]
            table[int(pointer.strip())] = int(cp.strip(), 16)
    return table


class Whatwg:
    """The WHATWG decoders as the spec writes them: a queue of bytes, a handler per byte."""

    def __init__(self, directory):
        self.gb = load(directory, "index-gb18030.txt")
        self.big5 = load(directory, "index-big5.txt")
        self.ranges = sorted(load(directory, "index-gb18030-ranges.txt").items())
        self.range_pointers = [p for p, _ in self.ranges]

    def ranges_code_point(self, pointer):
        if 39419 < pointer < 189000 or pointer > 1237575:
            return None
        if pointer == 7457:
            return 0xE7C7
        i = bisect.bisect_right(self.range_pointers, pointer) - 1
        return self.ranges[i][1] + pointer - self.ranges[i][0]

    def decode(self, encoding, data):
        """Code points, with (output index of each substituted U+FFFD)."""
        handler = {"UTF-8": self.utf8, "GB18030": self.gb18030, "Big5": self.big5_decoder,
                   "UTF-16LE": lambda: self.utf16(False), "UTF-16BE": lambda: self.utf16(True)}[encoding]()
        queue = list(data)
        out, errors = [], []
        while True:
            byte = queue.pop(0) if queue else None
            r = handler(queue, byte)
            if r == "finished":
                return out, errors
            if r == "error":
                errors.append(len(out))
                out.append(FFFD)
            elif r != "continue":
                out.extend(r)

    @staticmethod
    def utf8():
        s = {"cp": 0, "seen": 0, "need": 0, "lo": 0x80, "hi": 0xBF}

        def handler(queue, b):
            if b is None:
                if s["need"]:
                    s["need"] = 0
                    return "error"
                return "finished"
            if s["need"] == 0:
                if b <= 0x7F:
                    return [b]
                if 0xC2 <= b <= 0xDF:
                    s["need"], s["cp"] = 1, b & 0x1F
                elif 0xE0 <= b <= 0xEF:
                    s["lo"] = 0xA0 if b == 0xE0 else 0x80
                    s["hi"] = 0x9F if b == 0xED else 0xBF
                    s["need"], s["cp"] = 2, b & 0xF
                elif 0xF0 <= b <= 0xF4:
                    s["lo"] = 0x90 if b == 0xF0 else 0x80
                    s["hi"] = 0x8F if b == 0xF4 else 0xBF
                    s["need"], s["cp"] = 3, b & 0x7
                else:
                    return "error"
                return "continue"
            if not s["lo"] <= b <= s["hi"]:
                s.update(cp=0, need=0, seen=0, lo=0x80, hi=0xBF)
                queue.insert(0, b)
                return "error"
            s["lo"], s["hi"] = 0x80, 0xBF
            s["cp"] = (s["cp"] << 6) | (b & 0x3F)
            s["seen"] += 1
            if s["seen"] != s["need"]:
                return "continue"
            cp = s["cp"]
            s.update(cp=0, need=0, seen=0)
            return [cp]
        return handler

    @staticmethod
    def utf16(big_endian):
        s = {"byte": None, "surrogate": None}

        def handler(queue, b):
            if b is None:
                if s["byte"] is not None or s["surrogate"] is not None:
                    s["byte"] = s["surrogate"] = None
                    return "error"
                return "finished"
            if s["byte"] is None:
                s["byte"] = b
                return "continue"
            unit = (s["byte"] << 8) + b if big_endian else (b << 8) + s["byte"]
            s["byte"] = None
            if s["surrogate"] is not None:
                lead, s["surrogate"] = s["surrogate"], None
                if 0xDC00 <= unit <= 0xDFFF:
                    return [0x10000 + ((lead - 0xD800) << 10) + (unit - 0xDC00)]
                queue[0:0] = [unit >> 8, unit & 0xFF] if big_endian else [unit & 0xFF, unit >> 8]
                return "error"
            if 0xD800 <= unit <= 0xDBFF:
                s["surrogate"] = unit
                return "continue"
            if 0xDC00 <= unit <= 0xDFFF:
                return "error"
            return [unit]
        return handler

    def gb18030(self):
        s = [0, 0, 0]

        def handler(queue, b):
            first, second, third = s
            if b is None:
                if first == second == third == 0:
                    return "finished"
                s[:] = [0, 0, 0]
                return "error"
            if third:
                s[:] = [0, 0, 0]
                if not 0x30 <= b <= 0x39:
                    queue[0:0] = [second, third, b]
                    return "error"
                cp = self.ranges_code_point((first - 0x81) * 12600 + (second - 0x30) * 1260
                                            + (third - 0x81) * 10 + b - 0x30)
                return "error" if cp is None else [cp]
            if second:
                if 0x81 <= b <= 0xFE:
                    s[2] = b
                    return "continue"
                queue[0:0] = [second, b]
                s[0] = s[1] = 0
                return "error"
            if first:
                if 0x30 <= b <= 0x39:
                    s[1] = b
                    return "continue"
                s[0] = 0
                offset = 0x40 if b < 0x7F else 0x41
                pointer = (first - 0x81) * 190 + b - offset if 0x40 <= b <= 0x7E or 0x80 <= b <= 0xFE else None
                cp = None if pointer is None else self.gb.get(pointer)
                if cp is not None:
                    return [cp]
                if b <= 0x7F:
                    queue.insert(0, b)
                return "error"
            if b <= 0x7F:
                return [b]
            if b == 0x80:
                return [0x20AC]
            if 0x81 <= b <= 0xFE:
                s[0] = b
                return "continue"
            return "error"
        return handler

    def big5_decoder(self):
        pairs = {1133: [0xCA, 0x304], 1135: [0xCA, 0x30C], 1164: [0xEA, 0x304], 1166: [0xEA, 0x30C]}
        s = [0]

        def handler(queue, b):
            if b is None:
                if s[0]:
                    s[0] = 0
                    return "error"
                return "finished"
            if s[0]:
                lead, s[0] = s[0], 0
                offset = 0x40 if b < 0x7F else 0x62
                pointer = (lead - 0x81) * 157 + b - offset if 0x40 <= b <= 0x7E or 0xA1 <= b <= 0xFE else None
                if pointer in pairs:
                    return pairs[pointer]
                cp = None if pointer is None else self.big5.get(pointer)
                if cp is not None:
                    return [cp]
                if b <= 0x7F:
                    queue.insert(0, b)
                return "error"
            if b <= 0x7F:
                return [b]
            if 0x81 <= b <= 0xFE:
                s[0] = b
                return "continue"
            return "error"
        return handler


def python_codec(encoding, data):
    """Python's codec: code points, with the output index of each substituted U+FFFD."""
    errors = []

    def note(e):
        errors.append(len(e.object[:e.start].decode(encoding, "replace")))
        return "\ufffd", e.end
    import codecs
    codecs.register_error("zhnews-note", note)
    return [ord(c) for c in data.decode(encoding, "zhnews-note")], errors


def utf16_index(cps, i):
    return sum(2 if c > 0xFFFF else 1 for c in cps[:i])


def runs(cps, errors):
    out = []
    for i in errors:
        start = utf16_index(cps, i)
        if out and out[-1][1] == start:
            out[-1][1] = start + 1
        else:
            out.append([start, start + 1])
    return " ".join("%d-%d" % (a, b) for a, b in out) or "-"


def row(whatwg, charsets, encoding, hexbytes, note):
    data = bytes.fromhex(hexbytes)
    ref, ref_errors = whatwg.decode(encoding, data)
    line_feed = "\n".encode(encoding if encoding.startswith("UTF") else "ascii")
    marked, marked_errors = whatwg.decode(encoding, data + line_feed)
    if encoding.startswith("UTF"):
        cps, errors = python_codec(encoding, data)
        marked_py, marked_py_errors = python_codec(encoding, data + line_feed)
        if (cps, errors, marked_py, marked_py_errors) != (ref, ref_errors, marked, marked_errors):
            sys.exit("Python's codec and the WHATWG decoder differ on " + encoding + " " + hexbytes)
    else:
        cps, errors = ref, ref_errors
    marker = utf16_index(marked, marked.index(0x0A)) if 0x0A in marked else -1
    text = " ".join("%04X" % c for c in cps)
    return "\t".join([charsets, hexbytes, text, str(len(errors)), runs(cps, errors), str(marker),
                      runs(marked, marked_errors), note])


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    whatwg = Whatwg(sys.argv[1])
    print("# Malformed and edge byte sequences and their standard decoding; written by")
    print("# scripts/malformed-sequences.py (see it for how each column is derived): UTF-8 from Python's")
    print("# codec (U+FFFD substitution of maximal subparts), checked against the WHATWG UTF-8 decoder;")
    print("# UTF-16LE/BE from Python's codecs, checked against the WHATWG shared UTF-16 decoder;")
    print("# GB18030 and Big5 from the WHATWG Encoding Standard's decoders and indexes")
    print("# (https://encoding.spec.whatwg.org/, copyright WHATWG, CC BY 4.0). Offsets are UTF-16 units.")
    print("charsets\tbytes\ttext\terrors\truns\tmarker\tmarked_runs\tnote")
    for hexbytes, note in UTF8:
        print(row(whatwg, "UTF-8", "UTF-8", hexbytes, note))
    for hexbytes, note in UTF16:
        print(row(whatwg, "UTF-16LE", "UTF-16LE", hexbytes, note))
    for hexbytes, note in UTF16:
        b = bytes.fromhex(hexbytes)
        swapped = b"".join(b[i:i + 2][::-1] for i in range(0, len(b), 2))
        print(row(whatwg, "UTF-16BE", "UTF-16BE", swapped.hex(" ").upper(), note))
    for hexbytes, note in GB18030:
        print(row(whatwg, "GB18030", "GB18030", hexbytes, note))
    for hexbytes, note, charsets in BIG5:
        print(row(whatwg, charsets, "Big5", hexbytes, note))


if __name__ == "__main__":
    main()
