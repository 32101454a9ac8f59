#!/usr/bin/env bash
# Browser tests need Debian's Chromium and fonts for Arabic, Persian and Ethiopic script, and
# poppler-utils (pdftotext, pdfinfo) to read the PDFs the print test makes.
# Installs them where it can (root with apt-get); otherwise says exactly what to install.
set -euo pipefail

chrome="${CHROME_PATH:-/usr/bin/chromium}"
need=()
[ -x "$chrome" ] || need+=(chromium)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
if command -v fc-list >/dev/null 2>&1; then
  # Not "fc-list | grep -q": with pipefail, grep closing early fails the pipe.
  families=$(fc-list : family)
  grep -q "Noto Sans Ethiopic" <<<"$families" || need+=(fonts-noto-core)
else
  need+=(fonts-noto-core)
fi
[ ${#need[@]} -eq 0 ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing ${need[*]} (Debian packages) for the browser tests…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  exit 0
fi

echo "The browser tests need: ${need[*]}." >&2
echo "Install them as root:  apt-get update && apt-get install -y ${need[*]}" >&2
echo "Or point CHROME_PATH at a Chromium/Chrome binary (fonts: Noto Sans Arabic and Noto Sans Ethiopic)." >&2
exit 1
