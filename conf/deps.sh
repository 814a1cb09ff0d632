#!/bin/sh
# deps.sh - installs the Debian packages the platform and its tests need, once.
# dpkg is asked first, so a second run costs nothing.
set -eu
PKGS="gcc make pkg-config clang libfcgi-dev libmariadb-dev libxml2-dev
libxslt1-dev libsodium-dev libxml2-utils mariadb-server mariadb-client nginx curl python3 wrk chromium
fonts-wqy-microhei nodejs npm"
missing=""
for p in $PKGS; do
	case "$p" in
	nodejs|npm) command -v "${p%js}" >/dev/null 2>&1 && continue ;;
	esac
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" ||
		missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
if [ "$(id -u)" -ne 0 ]; then
	SUDO=sudo
else
	SUDO=
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq \
	--no-install-recommends $missing >/dev/null
