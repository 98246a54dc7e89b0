#!/usr/bin/env python3
"""Sums the Surefire XML reports of every module below ROOT into one closing line:
'tests: N passed, N failed, N skipped'. Exits 1 if any test failed or none ran."""
import glob
import os
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1] if len(sys.argv) > 1 else "."
total = failed = skipped = 0
for path in glob.glob(os.path.join(root, "**", "target", "surefire-reports", "TEST-*.xml"), recursive=True):
    suite = ET.parse(path).getroot()
    total += int(suite.get("tests", 0))
    failed += int(suite.get("failures", 0)) + int(suite.get("errors", 0))
    skipped += int(suite.get("skipped", 0))
passed = total - failed - skipped
print(f"tests: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or total == 0 else 0)
