#!/usr/bin/env bash
# A local SolutionFit cluster: Redis for the membership and N silo processes, all on loopback.
#
#   cluster.sh start N [-- SILO-OPTIONS...]   start redis-server on a free loopback port (persistence off), then N silos
#                                             (each on free ports), wait until every silo has joined, print the Redis
#                                             address (HOST:PORT) on standard output
#   cluster.sh stop                           end exactly the processes start started, by their process ids
#
# State (process ids, logs, the Redis address) is kept in $SOLUTIONFIT_CLUSTER_DIR (default
# ${TMPDIR:-/tmp}/solutionfit-cluster): one cluster per directory. The silo is the built sample,
# SolutionFit.Samples.Orleans.dll beside this script or in bin/$CONFIGURATION/net10.0 (CONFIGURATION defaults to
# Release); $SOLUTIONFIT_SILO_DLL overrides it. Needs redis-server (Debian: apt-get install redis-server) and dotnet.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
dir=${SOLUTIONFIT_CLUSTER_DIR:-${TMPDIR:-/tmp}/solutionfit-cluster}
join_timeout=${SOLUTIONFIT_JOIN_TIMEOUT:-90}

usage() {
  echo "usage: cluster.sh start N [-- SILO-OPTIONS...] | cluster.sh stop" >&2
  exit 1
}

silo_dll() {
  if [ -n "${SOLUTIONFIT_SILO_DLL:-}" ]; then
    echo "$SOLUTIONFIT_SILO_DLL"
  elif [ -f "$here/SolutionFit.Samples.Orleans.dll" ]; then
    echo "$here/SolutionFit.Samples.Orleans.dll"
  else
    echo "$here/bin/${CONFIGURATION:-Release}/net10.0/SolutionFit.Samples.Orleans.dll"
  fi
}

# Whether something listens on 127.0.0.1:$1.
listening() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# Ends the process whose id is in file $1 (if it is still the process started: same command name), waiting up to
# $2 seconds after SIGTERM before SIGKILL.
end_process() {
  local file=$1 grace=$2 pid
  [ -f "$file" ] || return 0
  pid=$(cat "$file")
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq $((grace * 10))); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    if kill -0 "$pid" 2>/dev/null; then
      kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$file"
}

stop() {
  [ -d "$dir" ] || return 0
  local file
  # Silos first (each leaves the membership gracefully), then Redis.
  for file in "$dir"/silo-*.pid; do
    [ -e "$file" ] || continue
    end_process "$file" 30 &
  done
  wait
  end_process "$dir/redis.pid" 10
  rm -f "$dir/redis.address"
}

start() {
  local count=$1
  shift
  if [ "${1:-}" = "--" ]; then shift; fi
  case $count in '' | *[!0-9]* | 0) usage ;; esac
  command -v redis-server >/dev/null || { echo "cluster.sh: redis-server is not installed (Debian: apt-get install redis-server)" >&2; exit 2; }
  local dll
  dll=$(silo_dll)
  [ -f "$dll" ] || { echo "cluster.sh: no silo at $dll (build the sample: dotnet build -c Release samples/SolutionFit.Samples.Orleans)" >&2; exit 2; }
  if [ -f "$dir/redis.pid" ] && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then
    echo "cluster.sh: a cluster already runs from $dir (cluster.sh stop first)" >&2
    exit 2
  fi
  mkdir -p "$dir"
  rm -f "$dir"/*.pid "$dir"/*.log "$dir/redis.address"
  trap 'stop; exit 3' INT TERM

  # Redis on a free loopback port, no persistence (no RDB snapshots, no append-only file).
  local port="" attempt
  for attempt in $(seq 20); do
    port=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
    listening "$port" && continue
    redis-server --bind 127.0.0.1 --port "$port" --save "" --appendonly no --dir "$dir" --daemonize no \
      >"$dir/redis.log" 2>&1 &
    echo $! >"$dir/redis.pid"
    for _ in $(seq 50); do
      if listening "$port"; then break; fi
      kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null || break
      sleep 0.1
    done
    if listening "$port" && kill -0 "$(cat "$dir/redis.pid")" 2>/dev/null; then break; fi
    end_process "$dir/redis.pid" 1
    port=""
  done
  [ -n "$port" ] || { echo "cluster.sh: redis-server did not start (see $dir/redis.log)" >&2; stop; exit 2; }
  local address="127.0.0.1:$port"
  echo "$address" >"$dir/redis.address"

  # N silos on free ports.
  local i
  for i in $(seq "$count"); do
    dotnet "$dll" silo --redis "$address" --silo-port 0 --gateway-port 0 "$@" >"$dir/silo-$i.log" 2>&1 &
    echo $! >"$dir/silo-$i.pid"
  done

  # Wait until every silo has joined (each writes "silo joined" once it is active in the membership).
  local deadline=$((SECONDS + join_timeout)) joined
  while :; do
    joined=0
    for i in $(seq "$count"); do
      if grep -q '^silo joined' "$dir/silo-$i.log" 2>/dev/null; then
        joined=$((joined + 1))
      elif ! kill -0 "$(cat "$dir/silo-$i.pid")" 2>/dev/null; then
        echo "cluster.sh: silo $i exited before joining:" >&2
        cat "$dir/silo-$i.log" >&2
        stop
        exit 2
      fi
    done
    [ "$joined" -eq "$count" ] && break
    if [ "$SECONDS" -ge "$deadline" ]; then
      echo "cluster.sh: $joined of $count silos joined within ${join_timeout}s" >&2
      stop
      exit 2
    fi
    sleep 0.2
  done
  trap - INT TERM
  echo "$address"
}

case ${1:-} in
  start) shift; start "$@" ;;
  stop) stop ;;
  *) usage ;;
esac
