#!/usr/bin/env bash
# Prints the knowledge base's counts the README quotes: company rows in the five company tables
# (one row is one entity), by category, and the rows of the non-tech table (banks, carmakers,
# energy, telecoms, retail... of companies-industry.tsv), and the AI model families of
# ../model/models.tsv (one row is one family). Usage: scripts/kb-counts.sh
set -euo pipefail
cd "$(dirname "$0")/../extractors/src/main/resources/org/zhnews/extract/company"
rows() { grep -v '^#' "$@" | grep -v $'^id\t' | grep -c . || true; }
category() { cat companies-*.tsv | grep -v '^#' | awk -F'\t' -v c="$1" 'NF > 7 && $8 == c' | wc -l; }
printf 'knowledge base: %d entities (%d investors, %d media outlets and data providers, %d large firms outside tech)\n' \
  "$(cat companies-*.tsv | rows)" "$(category investor)" "$(category media)" "$(rows companies-industry.tsv)"
printf 'model knowledge base: %d families\n' "$(rows ../model/models.tsv)"
