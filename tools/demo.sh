#!/usr/bin/env bash
# The README's first command: installs what the build needs, builds www/indexcards.js and prints
# the file:// address of the demo page (open it in any browser; no server needed).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/tools/build.sh" "$root/www/indexcards.js"
echo
echo "Open the demo (no server needed):"
echo "  file://$root/www/index.html"
