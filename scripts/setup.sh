# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test (sourced, not run): installs the Debian packages
# that are missing, prepares the environment, configures and builds with the CMake preset.

DEMARC_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
DEMARC_PRESET=${DEMARC_PRESET:-default}
DEMARC_BUILD_DIR="$DEMARC_ROOT/build/$DEMARC_PRESET"

# The packages Demarc needs to build, test and run on Debian 12.
# libqt6opengl6-dev is named explicitly: without recommends, other Qt modules fail to configure.
# clang and libclang-rt-dev build the pack parser's fuzz target (scripts/fuzz, and its smoke test);
# libsqlite3-dev: the readers of many rows read through SQLite itself (db/SqlReader.h).
# clang-format checks the house style (scripts/check-format, the test Format.clean).
# poppler-utils, qpdf and cmark-gfm are the outside readers the export tests check the files with;
# desktop-file-validate and appstreamcli check the menu entry and metainfo, dpkg-dev (dpkg-shlibdeps)
# finds the .deb's dependencies; qt6-translations-l10n gives Qt's own buttons and dialogs their German;
# qt6-httpserver-dev and qt6-websockets-dev serve a live class (net/), libqrencode-dev draws its
# join address as a QR code (pkg-config finds it); chromium and firefox-esr open the student page
# in a test, and zbar-tools reads the QR code off the slide;
# at-spi2-core, dbus-daemon and python3-pyatspi let a test read the app as a screen reader does,
# and xdotool types into it as a keyboard user would.
DEMARC_PACKAGES=(
    cmake g++ ninja-build ccache
    qt6-base-dev libqt6sql6-sqlite libsqlite3-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev libqrencode-dev pkg-config chromium firefox-esr zbar-tools
    libgtest-dev libbenchmark-dev
    xvfb xauth fonts-dejavu-core poppler-utils qpdf cmark-gfm sqlite3
    desktop-file-utils appstream dpkg-dev qt6-translations-l10n
    at-spi2-core dbus-daemon python3-pyatspi xdotool
    clang libclang-rt-dev clang-format
)

demarc_install_packages() {
    local missing=() pkg
    for pkg in "${DEMARC_PACKAGES[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0

    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        if ! command -v sudo >/dev/null; then
            echo "Demarc needs these Debian packages: ${missing[*]}" >&2
            echo "Install them as root (apt-get install ${missing[*]}), then run this again." >&2
            return 1
        fi
        sudo=(sudo)
    fi
    echo "Installing: ${missing[*]}"
    "${sudo[@]}" apt-get update -q
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
}

demarc_prepare_environment() {
    # Qt warns on every start without a private runtime directory (common when running as root).
    if [ -z "${XDG_RUNTIME_DIR:-}" ] || [ ! -d "$XDG_RUNTIME_DIR" ]; then
        export XDG_RUNTIME_DIR="${TMPDIR:-/tmp}/demarc-runtime-$(id -u)"
        mkdir -p "$XDG_RUNTIME_DIR"
        chmod 700 "$XDG_RUNTIME_DIR"
    fi
}

demarc_build() {
    cmake --preset "$DEMARC_PRESET" -S "$DEMARC_ROOT"
    cmake --build --preset "$DEMARC_PRESET" --parallel "$(nproc)"
}

demarc_setup() {
    demarc_install_packages
    demarc_prepare_environment
    (cd "$DEMARC_ROOT" && demarc_build)
}
