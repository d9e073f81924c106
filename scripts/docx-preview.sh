#!/usr/bin/env bash
# Renders the sample (a) draft .docx to PDF with LibreOffice and to PNG pages, to look at it:
#   bash scripts/docx-preview.sh        (needs: apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils)
# Pages land in artifacts/docx/. Not part of npm test.
set -euo pipefail
cd "$(dirname "$0")/.."
out=artifacts/docx
mkdir -p "$out"
node scripts/run-ts.js scripts/build-samples.ts >/dev/null
node bin/budget-check.js draft samples/a-2019.xlsx --prior samples/a-2018.xlsx --out "$out/draft-a-2019.docx"
soffice --headless --convert-to pdf --outdir "$out" "$out/draft-a-2019.docx" >/dev/null
pdftoppm -png -r 60 "$out/draft-a-2019.pdf" "$out/page"
ls "$out"
