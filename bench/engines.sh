#!/usr/bin/env bash
# Wall time of a sweep on the local engine (2 ND4J threads, one run at a time) against Spark's embedded local[2]
# (1 thread per task, two runs at once), as interleaved repeats A B A B … so that drift of this machine's speed
# falls on both. Each repeat trains the whole sweep into a fresh scratch folder (nothing reused), through bin/lab,
# and appends one row per command to results/engines.csv (bin/lab figures --profile paper renders its README table:
# median and range per engine and threads).
# Usage: bench/engines.sh EXPERIMENT PROFILE REPEATS
#   CONFIGS="local:2 spark:1"  engine:threads pairs to interleave (spark runs on local[2])
#   KEEP=DIR                   keep each sweep's results under DIR/ENGINE-THREADS-REPEAT (e.g. for bin/lab plan)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
experiment=$1 profile=$2 repeats=$3
csv=results/engines.csv
scratch=${KEEP:-$(mktemp -d "${TMPDIR:-/tmp}/engines.XXXXXX")}
mkdir -p "$scratch"
[ -n "${KEEP:-}" ] || trap 'rm -rf "$scratch"' EXIT
[ -f "$csv" ] || echo "experiment,profile,engine,threads,repeat,wall_s" > "$csv"
bin/lab --version > /dev/null  # builds first, outside the timings
# Repeats continue the numbering of the rows already in the table for this experiment and profile.
last=$(awk -F, -v e="$experiment" -v p="$profile" '$1 == e && $2 == p && $5 > m { m = $5 } END { print m + 0 }' "$csv")
for repeat in $(seq $((last + 1)) $((last + repeats))); do
  for config in ${CONFIGS:-local:2 spark:1}; do
    engine=${config%:*} threads=${config#*:}
    # --allow-dirty: these sweeps only time the engines (their runs are deleted), and this script's own table is
    # tracked, so appending to it dirties the tree.
    options=(--engine "$engine" --threads "$threads" --allow-dirty)
    if [ "$engine" = spark ]; then options+=(--master 'local[2]'); fi
    out="$scratch/$engine-$threads-$repeat"
    start=$(date +%s.%N)
    bin/lab train "$experiment" --profile "$profile" "${options[@]}" --out "$out" > "$out.log" 2>&1 \
      || { echo "failed: see $out.log" >&2; tail -20 "$out.log" >&2; exit 1; }
    wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')
    printf '%s,%s,%s,%s,%s,%.1f\n' "$experiment" "$profile" "$engine" "$threads" "$repeat" "$wall" >> "$csv"
    echo "$experiment $profile $engine ($threads threads) repeat $repeat: $wall s" >&2
  done
done
