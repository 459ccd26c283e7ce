#!/usr/bin/env bash
# Makes a fresh Debian machine ready to build (and, with `test`, to test) boardpack; a no-op when it already is.
# Usage: scripts/bootstrap.sh [run|test]
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"

# node-canvas (under chartjs-node-canvas) has no reachable prebuilt binary here: it compiles against these.
# DejaVu Sans: the PDF renderer draws characters Liberation Sans lacks (✓, arrows a council font lacks) in it.
packages=(libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev libpixman-1-dev pkg-config build-essential python3 fonts-dejavu-core)
if [ "$mode" = test ]; then
  # The tests read our output as a reader's tools would: LibreOffice opens every DOCX, poppler and qpdf check every PDF,
  # and pikepdf (under Debian's /usr/bin/python3, as the shared PDF/UA checker runs) reads a PDF's structure tree.
  packages+=(poppler-utils qpdf mupdf-tools libreoffice-writer-nogui fonts-liberation2 python3-pikepdf)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "boardpack: installing system packages: ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=(); else sudo=(sudo); fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# Reinstall node modules when the lockfile changed since the last install (or there are none).
stamp=node_modules/.boardpack-lock.sha256
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ] || [ ! -f node_modules/canvas/build/Release/canvas.node ]; then
  echo "boardpack: installing npm dependencies (node-canvas compiles from source, about a minute)" >&2
  # node-gyp builds canvas against the machine's own Node headers (it cannot download them here).
  npm_config_nodedir="${npm_config_nodedir:-$(dirname "$(dirname "$(command -v node)")")}" npm ci --no-fund --no-audit --loglevel=error
  echo "$want" > "$stamp"
fi

npx tsc -p tsconfig.build.json
node scripts/precompile-templates.mjs
node scripts/bundle-cli.mjs
