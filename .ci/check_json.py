#!/usr/bin/env python3
"""Checks the CLI's --json output: one valid object per *.txt file, the contract's fields, and
invariant 1 (original[originalStart:originalEnd] == text, in UTF-16 code units) for every mention,
every event trigger and every span an event role carries.

usage: check_json.py CORPUS_DIR OUTPUT.jsonl
Prints 'N passed, N failed' (documents) and exits 1 on any failure."""
import json
import os
import sys

DOC_FIELDS = ("source", "charset", "script", "warnings", "mentions", "events")
EVENT_KINDS = ("funding", "acquisition", "ipo", "model_release", "earnings", "personnel")
MENTION_FIELDS = ("type", "text", "start", "end", "originalStart", "originalEnd")
BOMS = ("\ufeff",)


def utf16(s):
    return s.encode("utf-16-le", "surrogatepass")


def check_doc(doc, expected_sources):
    errors = []
    for f in DOC_FIELDS:
        if f not in doc:
            errors.append(f"missing field {f}")
    source = doc.get("source")
    if source not in expected_sources:
        errors.append(f"unexpected source {source!r}")
        return errors
    raw = open(source, "rb").read()
    try:
        original = raw.decode(doc.get("charset") or "utf-8", "replace")
    except LookupError:
        return errors + [f"unknown charset {doc.get('charset')!r}"]
    if original.startswith(BOMS):
        original = original[1:]
    units = utf16(original)
    last = -1
    for m in doc.get("mentions", []):
        for f in MENTION_FIELDS:
            if f not in m:
                errors.append(f"mention missing {f}: {m}")
        os_, oe = m.get("originalStart", -1), m.get("originalEnd", -1)
        if not (0 <= os_ < oe <= len(units) // 2):
            errors.append(f"original range out of bounds: {m}")
            continue
        if not (0 <= m.get("start", -1) < m.get("end", -1)):
            errors.append(f"normalized range empty or negative: {m}")
        surface = units[2 * os_:2 * oe].decode("utf-16-le", "surrogatepass")
        if surface != m.get("text"):
            errors.append(f"invariant 1 broken: original[{os_}:{oe}]={surface!r} but text={m.get('text')!r}")
        if m.get("start", 0) < last:
            errors.append(f"mentions not in text order at {m}")
        last = m.get("start", 0)
    for e in doc.get("events", []):
        if e.get("kind") not in EVENT_KINDS or e.get("modality") not in ("stated", "reported", "planned", "rumoured"):
            errors.append(f"event kind or modality unknown: {e}")
        for span in spans_of(e):
            os_, oe = span.get("originalStart", -1), span.get("originalEnd", -1)
            if not (0 <= os_ <= oe <= len(units) // 2):
                errors.append(f"event span out of bounds: {span}")
                continue
            surface = units[2 * os_:2 * oe].decode("utf-16-le", "surrogatepass")
            if surface != span.get("text"):
                errors.append(f"event span broken: original[{os_}:{oe}]={surface!r} but text={span.get('text')!r}")
    return errors


def spans_of(event):
    """The event itself (its trigger) and every role object or list item that carries offsets."""
    out = [event]
    for key, value in event.items():
        items = value if isinstance(value, list) else [value]
        for v in items:
            if isinstance(v, dict) and "originalStart" in v:
                out.append(v)
    return out


def main():
    corpus, output = sys.argv[1], sys.argv[2]
    expected = set()
    for root, _, files in os.walk(corpus):
        for name in files:
            if name.endswith(".txt"):
                expected.add(os.path.join(root, name))
    passed = failed = 0
    seen = set()
    with open(output, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {n}: not valid JSON: {e}")
                failed += 1
                continue
            errors = check_doc(doc, expected)
            seen.add(doc.get("source"))
            if errors:
                failed += 1
                for e in errors[:20]:
                    print(f"line {n} ({doc.get('source')}): {e}")
            else:
                passed += 1
    for missing in sorted(expected - seen):
        print(f"no output for {missing}")
        failed += 1
    print(f"corpus check: {passed} documents ok, {failed} broken")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
