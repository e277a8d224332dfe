#!/usr/bin/env bash
# Fails when the library exports a symbol without the tac_ prefix
# (internal modules use db_, dictfmt_ ... and must be static or prefixed).
lib=$1
bad=$(nm -g --defined-only "$lib" 2>/dev/null | awk 'NF==3 && $2 ~ /[TDBR]/ {print $3}' | grep -v '^tac_' | grep -v '^tacx_' | sort -u)
if [ -n "$bad" ]; then
    echo "exported symbols without the tac_ prefix:"; echo "$bad"; exit 1
fi
echo "symbols: all exported symbols carry the tac_ prefix"
