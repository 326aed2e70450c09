#!/usr/bin/env bash
# Makes the pictures shown in README.md: page 1 of the seed's DOCX and
# every page of the hospital's award decision (quyet-dinh-trang-N.png) as
# LibreOffice lays them out, and the HTML page as headless Chromium shows
# it. Run it by hand after a change to the renderers (not in CI), and look
# at the pictures before committing them. Needs the Debian packages
# libreoffice-writer-nogui, poppler-utils, fonts-liberation2 (version 1 of
# the Liberation fonts lacks the Vietnamese letters with two marks) and
# chromium.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

topdf() {
	soffice --headless --norestore "-env:UserInstallation=file://$work/profile" \
		--convert-to pdf --outdir "$work" "$1" >/dev/null
}

go run . -format docx -o "$work/bao-cao.docx"
topdf "$work/bao-cao.docx"
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/bao-cao.pdf" docx-page1

go run . -data benh-vien-quyet-dinh.json -format docx -o "$work/quyet-dinh.docx"
topdf "$work/quyet-dinh.docx"
rm -f quyet-dinh-trang-*.png
pdftoppm -png -r 60 "$work/quyet-dinh.pdf" "$work/trang"
for f in "$work"/trang-*.png; do
	n=${f##*-}
	mv "$f" "quyet-dinh-trang-${n#0}"
done

go run . -format html -o "$work/bao-cao.html"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$work/chromium" --hide-scrollbars --window-size=1000,1400 \
	--screenshot="$PWD/html.png" "file://$work/bao-cao.html" 2>/dev/null
echo "wrote docx-page1.png, quyet-dinh-trang-*.png and html.png"
