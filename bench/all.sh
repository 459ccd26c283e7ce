#!/usr/bin/env bash
# `npm run bench`: every benchmark, each run even when one before it missed a target; the exit status says whether
# any missed. bench/run.ts (analyse, render, whole builds, LibreOffice beside ours, fixed cost), then the month-end
# run with the cabinet paper and with every paper (bench/jobs.ts).
set -u
status=0
npx tsx bench/run.ts || status=1
npx tsx bench/jobs.ts || status=1
npx tsx bench/jobs.ts --paper all || status=1
exit "$status"
