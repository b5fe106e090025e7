#!/usr/bin/env bash
# Interop suite: starts a fresh Spotnet server on a free loopback port with a temporary data folder, runs run.js
# (the npm clients `binance`, `@binance/spot` and `ccxt` against it), always stops the server, and writes
# <results-dir>/summary.txt as one line "<passed> <failed> <skipped>".
# Usage: bash tests/interop/run.sh <results-dir>   (needs the Release build and `npm ci --ignore-scripts` here)
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
results=$(mkdir -p "${1:?usage: run.sh <results-dir>}" && cd "$1" && pwd)
summary="$results/summary.txt"
scenario_count=17 # scenarios in scenarios.js that every client runs
ccxt_only_count=2 # scenarios that only ccxt runs (its unified API)
case_count=$(((scenario_count * 3 + ccxt_only_count) * 3)) # (x 3 clients, plus the ccxt-only ones) x 3 key types

if ! command -v node > /dev/null 2>&1; then
  echo "interop: skipped, node is not installed"
  echo "0 0 $case_count" > "$summary"
  exit 0
fi

fail() {
  echo "interop: $1"
  echo "0 $case_count 0" > "$summary"
  exit 1
}

dll="$root/src/Spotnet.Server/bin/Release/net10.0/Spotnet.Server.dll"
[ -f "$dll" ] || fail "no Release build at $dll (run: dotnet build src/Spotnet.Server -c Release)"
[ -d "$here/node_modules/binance" ] && [ -d "$here/node_modules/@binance/spot" ] && [ -d "$here/node_modules/ccxt" ] \
  || fail "clients not installed (run: cd tests/interop && npm ci --ignore-scripts)"

data_dir=$(mktemp -d)
log="$results/server.log"
server_pid=""
stop_server() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2> /dev/null
    for _ in $(seq 1 50); do kill -0 "$server_pid" 2> /dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2> /dev/null
    wait "$server_pid" 2> /dev/null
  fi
  rm -rf "$data_dir"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

port=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
admin_token=$(node -e 'console.log(require("crypto").randomBytes(24).toString("hex"))')
base_url="http://127.0.0.1:$port"

SPOTNET_ADMIN_TOKEN="$admin_token" dotnet "$dll" --urls "$base_url" --data-dir "$data_dir" > "$log" 2>&1 &
server_pid=$!

# Wait (bounded: 60 s) until the server answers /api/v3/ping.
ready=0
for _ in $(seq 1 300); do
  if ! kill -0 "$server_pid" 2> /dev/null; then break; fi
  if node -e '
      require("http").get(process.argv[1] + "/api/v3/ping", (r) => process.exit(r.statusCode === 200 ? 0 : 1))
        .on("error", () => process.exit(1)).setTimeout(1000, function () { this.destroy(); });' "$base_url"; then
    ready=1
    break
  fi
  sleep 0.2
done
if [ "$ready" != 1 ]; then
  tail -n 30 "$log"
  fail "the server did not answer $base_url/api/v3/ping within 60 s (log: $log)"
fi

SPOTNET_BASE_URL="$base_url" SPOTNET_ADMIN_TOKEN="$admin_token" \
  node "$here/run.js" --summary "$summary" --expected-cases "$case_count"
status=$?
[ -s "$summary" ] || echo "0 $case_count 0" > "$summary"
echo "interop: $(cat "$summary") (passed failed skipped); server log: $log"
exit $status
