#!/bin/sh
# Start-up benchmark: the median wall time of N runs each of a bare `java -version`,
# `./bglab --version` and `./bglab lessons`, and the ratio of the last to the first.
# Usage: benchmarks/startup.sh [N]   (N defaults to 15; the jar must be built already,
# so that no run includes a build). The target is a ratio of at most 3.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd -P)
runs=${1:-15}
java_cmd=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java_cmd="$JAVA_HOME/bin/java"; fi
home=$(mktemp -d "${TMPDIR:-/tmp}/bglab-startup.XXXXXX")
trap 'rm -rf "$home"' EXIT
export BGLAB_HOME="$home"

# Prints the median of N timings of the given command, in milliseconds.
median_ms() {
  i=0
  times=""
  while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    times="$times $(( (end - start) / 1000000 ))"
    i=$((i + 1))
  done
  printf '%s\n' $times | sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'
}

"$root/bglab" --version >/dev/null 2>&1 # builds the jar (and any cache) once, outside the timings
"$root/bglab" lesson 1 --answers q >/dev/null 2>&1 # a progress file, as a student has one
java_ms=$(median_ms "$java_cmd" -version)
version_ms=$(median_ms "$root/bglab" --version)
lessons_ms=$(median_ms "$root/bglab" lessons)
echo "median of $runs runs on $(nproc 2>/dev/null || echo '?') cores:"
printf '  %-18s %6d ms\n' "java -version" "$java_ms" "./bglab --version" "$version_ms" "./bglab lessons" "$lessons_ms"
awk -v a="$lessons_ms" -v b="$java_ms" 'BEGIN { printf "  ratio lessons / java -version: %.1f (target: at most 3)\n", a / b }'
