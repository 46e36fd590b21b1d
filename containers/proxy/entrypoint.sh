#!/usr/bin/env bash
# Uses the operator's certificate (tls.crt, tls.key in /etc/proxy/tls), or makes a self-signed one for
# PROXY_HOST_NAMES once, then runs nginx in the foreground.
set -euo pipefail

: "${PROXY_HOST_NAMES:=localhost}"
tls=/etc/proxy/tls
if [ ! -f "$tls/tls.crt" ] || [ ! -f "$tls/tls.key" ]; then
  san=$(printf 'DNS:%s,' ${PROXY_HOST_NAMES//,/ })
  openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 825 -subj "/CN=${PROXY_HOST_NAMES%%,*}" \
    -addext "subjectAltName=${san%,}" -keyout "$tls/tls.key" -out "$tls/tls.crt" 2>/dev/null
  chmod 600 "$tls/tls.key"
  echo "Made a self-signed certificate for ${PROXY_HOST_NAMES}: replace tls.crt and tls.key with the operator's"
fi
exec nginx -g 'daemon off;'
