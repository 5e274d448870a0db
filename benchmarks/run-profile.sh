#!/usr/bin/env bash
# Runs one benchmark profile and writes its results under results/jmh/:
#   quick  about 3 minutes on 2 cores: one fork, 2 + 3 iterations of 0.5 s, n = 10^3..10^7 by
#          decades -> quick.json, quick-hold.json, quick-memory.json, SUMMARY.md
#   full   the classes' own settings (3 forks, 5 + 5 iterations of 1 s), n = 10^3..10^7 in 1-2-5
#          steps; about 70 minutes on 2 cores -> full.json, full-hold.json, full-memory.json,
#          SUMMARY-full.md
# PROFILE.json holds the switch benchmarks (all with the parameter n, ready for
# `bglab chart --jmh`); PROFILE-hold.json the event-list benchmark, which has no n.
# Usage (from anywhere): benchmarks/run-profile.sh quick|full
# Builds benchmarks/target/benchmarks.jar first when it is missing or older than the sources.
set -euo pipefail

profile="${1:-}"
case "$profile" in
  quick)
    jmh_args=(-f 1 -wi 2 -w 500ms -i 3 -r 500ms)
    sizes=1000,10000,100000,1000000,10000000
    memory_args=(--users 1000,100000,1000000,10000000 --graph-max 100000 --repeats 3)
    summary=SUMMARY.md
    ;;
  full)
    jmh_args=()
    sizes=1000,2000,5000,10000,20000,50000,100000,200000,500000,1000000,2000000,5000000,10000000
    memory_args=(--users 1000,10000,100000,1000000,10000000 --graph-max 1000000 --repeats 5)
    summary=SUMMARY-full.md
    ;;
  *)
    echo "usage: benchmarks/run-profile.sh quick|full (got '${profile}')" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ] || [ -n "$(find pom.xml benchmarks/pom.xml benchmarks/src simulator/pom.xml simulator/src -newer "$jar" -print -quit)" ]; then
  echo "building $jar" >&2
  mvn -q -B -pl benchmarks -am package -DskipTests >&2
fi

out=results/jmh
mkdir -p "$out"
java -jar "$jar" 'benchmarks\.switching\.' "${jmh_args[@]}" -p "n=$sizes" -rf json -rff "$out/$profile.json"
java -jar "$jar" 'benchmarks\.hold\.' "${jmh_args[@]}" -rf json -rff "$out/$profile-hold.json"
# ParallelGC: its heap readings are exact, while G1 rounds very large arrays up to whole regions.
# The probe prints JSON; it is saved under a temporary name and renamed, so a killed run never
# leaves half a file.
memory_tmp="$out/.$profile-memory.json.tmp"
java -XX:+UseParallelGC -Djdk.attach.allowAttachSelf=true -cp "$jar" \
  org.bglab.benchmarks.memory.RoutingMemory "${memory_args[@]}" > "$memory_tmp"
mv "$memory_tmp" "$out/$profile-memory.json"
cpu="$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2 | sed 's/^ *//' || true)"
# The summary and the charts are drawn by the application, which owns the one JMH reader
./bglab jmh-summary \
  --jmh "$out/$profile.json,$out/$profile-hold.json" --memory "$out/$profile-memory.json" \
  --machine "$(nproc) cores${cpu:+, $cpu}, $(uname -s)" --out "$out/$summary"
echo "wrote $out/$profile.json, $out/$profile-hold.json, $out/$profile-memory.json, $out/$summary" >&2
# Time against n, one chart per benchmark class, with each series' fitted class
./bglab chart --jmh "$out/$profile.json" --out "$out"
