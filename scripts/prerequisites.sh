#!/usr/bin/env bash
# What `npm test` (and, in part, `npm start`) needs from the machine besides Node, checked (and on Debian,
# installed) first:
# PostgreSQL on 127.0.0.1:5432 with trust auth on loopback (the CMS tests run on it too), Debian's Chromium
# (browser tests drive it through playwright-core; no browser download), Hugo (the benchmark's baseline,
# whose equivalent site a test builds), Debian's python3-feedparser (the feed parser that is not ours,
# run by Debian's Python: tests/support/feeds.ts), and Debian's nginx and Apache (the embed guide's server
# snippets are loaded in each, on loopback as the current user: tests/sites/server-snippets.test.ts),
# Debian's espeak-ng and ffmpeg (the radio bulletins are synthesised, encoded to MP3 and probed with ffprobe:
# tests/speech/audio.test.ts), Debian's zbar-tools (zbarimg decodes the QR codes a test makes), and Debian's
# poppler-utils (pdfinfo reads the campaign kits' print PDFs as a PDF reader does: tests/sites/board.test.ts).
# `npm start` (argument `start`) needs only what building the columns runs: espeak-ng and ffmpeg, which
# turn the demo's radio bulletins into audio.
# Run by scripts/toolchain.mjs; CI's .ci/run goes through it as well.
set -euo pipefail
MODE="${1:-test}"

# Each line in Vietnamese, then in English (this runs before the workspace and its catalogues exist).
log() { echo "[column57] $*" >&2; }

can_install() { [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; }

apt_install() {
  if ! can_install; then
    log "thiếu: $* — hãy cài (Debian: sudo apt-get install $*) rồi chạy lại npm $MODE"
    log "missing: $* — install it (Debian: sudo apt-get install $*) and run npm $MODE again"
    exit 1
  fi
  log "apt-get install $* ..."
  if [ -z "${APT_UPDATED:-}" ]; then apt-get update -qq; APT_UPDATED=1; fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

install_speech_tools() {
  command -v espeak-ng >/dev/null 2>&1 || apt_install espeak-ng
  { command -v ffmpeg && command -v ffprobe; } >/dev/null 2>&1 || apt_install ffmpeg
}
if [ "$MODE" = start ]; then
  install_speech_tools
  exit 0
fi

pg_version() { ls /etc/postgresql 2>/dev/null | sort -V | tail -1; }

if ! pg_isready -h 127.0.0.1 -p 5432 -q 2>/dev/null; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql
    # A fresh Debian install asks for passwords on TCP; the tests expect trust on loopback.
    for hba in /etc/postgresql/*/main/pg_hba.conf; do
      sed -i -E 's/^(host\s+all\s+all\s+(127\.0\.0\.1\/32|::1\/128)\s+)\S+/\1trust/' "$hba"
    done
  fi
  log "khởi động PostgreSQL / starting PostgreSQL ..."
  pg_ctlcluster --skip-systemctl-redirect "$(pg_version)" main start 2>/dev/null || true
  for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -p 5432 -q && break; sleep 1; done
fi
if ! psql -h 127.0.0.1 -U "${PGUSER:-postgres}" -d postgres -Atc 'select 1' >/dev/null 2>&1; then
  log "PostgreSQL tại 127.0.0.1:5432 không cho người dùng ${PGUSER:-postgres} vào không mật khẩu (cần trust trên loopback)"
  log "PostgreSQL on 127.0.0.1:5432 does not accept user ${PGUSER:-postgres} without a password (trust auth on loopback expected)"
  exit 1
fi

[ -x /usr/bin/chromium ] || apt_install chromium
command -v hugo >/dev/null 2>&1 || apt_install hugo
/usr/bin/python3 -c 'import feedparser' >/dev/null 2>&1 || apt_install python3-feedparser
[ -x /usr/sbin/nginx ] || apt_install nginx
[ -x /usr/sbin/apache2 ] || apt_install apache2
install_speech_tools
command -v zbarimg >/dev/null 2>&1 || apt_install zbar-tools
command -v pdfinfo >/dev/null 2>&1 || apt_install poppler-utils
