#!/bin/sh
# Install the Debian packages the browser and PostgreSQL tests need, when we can (root + apt).
# Without them those tests skip with a reason; everything else runs.
need=""
[ -x /usr/bin/chromium ] || need="$need chromium"
command -v pg_ctlcluster >/dev/null 2>&1 || [ -d /usr/lib/postgresql ] || need="$need postgresql"
[ -z "$need" ] && exit 0
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "note: not installing$need (needs root and apt); the tests that use them will skip"
  exit 0
fi
echo "installing system packages:$need"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || true
apt-get install -y -qq $need >/dev/null 2>&1 || echo "note: apt-get install$need failed; those tests will skip"
exit 0
