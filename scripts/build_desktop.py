"""Build what a desk installs: the PyInstaller bundle and, on Debian/Ubuntu, a .deb.

    python scripts/build_desktop.py           # dist/annotator/, dist/annotator_<version>_<arch>.deb
    python scripts/build_desktop.py --no-deb  # the bundle only (Windows, macOS, other Linux)

Run it with the Python that has the project and PyInstaller installed
(`pip install -e ".[build]"`). Nothing is downloaded. The bundle is
`dist/annotator/` (its program `dist/annotator/annotator`, DESIGN.md *Shipping
to desks*); the .deb puts it under /opt/annotator with /usr/bin/annotator, a
desktop entry, the icon in the hicolor theme and the ClaimReview MIME types.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import stat
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "annotator.spec"
LINUX = ROOT / "packaging" / "linux"
ICON_SVG = ROOT / "resources" / "icons" / "annotator.svg"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
PROGRAM = "annotator.exe" if sys.platform == "win32" else "annotator"

# What Qt's libraries need from the system (DESIGN.md, Known traps): the
# bundle carries Qt itself, the desk provides the display stack and fonts.
DEPENDS = [
    "libegl1",
    "libgl1",
    "libxkbcommon0",
    "libfontconfig1",
    "libdbus-1-3",
    "libglib2.0-0t64 | libglib2.0-0",  # renamed for 64-bit time in Debian 13 / Ubuntu 24.04
    "fonts-dejavu-core",
    # Qt's xcb platform plugin refuses to start without these.
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-xkb1",
    "libxkbcommon-x11-0",
]
RECOMMENDS = ["fonts-noto-color-emoji"]  # emoji in articles
MAINTAINER = "Annotator developers <annotator@example.org>"  # pyproject names no address
DESCRIPTION = """\
mark, rate and source the claims in news articles; export ClaimReview
 A desktop tool for fact-checkers: open a news article, mark the claims in it,
 rate each one (Vrai, Plutôt faux, Faux...), write the correction and the
 explanation, attach the sources, and export the reviews as ClaimReview
 (RDF/XML validated against its schema, JSON-LD, HTML snippets).
 .
 Everything stays in one SQLite file on the computer; the program never opens
 a network connection. Self-contained: it needs no Python on the desk."""


class BuildError(Exception):
    """Something the build needs is missing or failed; said in one line."""


def project_version() -> str:
    """The version hatch reads (pyproject: tool.hatch.version = annotator/__init__.py)."""
    text = (ROOT / "annotator" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'^__version__\s*=\s*["\']([^"\']+)["\']', text, re.M)
    if not found:
        raise BuildError("no __version__ in annotator/__init__.py")
    return found[1]


def debian_version(version: str) -> str:
    """PEP 440 to Debian ordering: 1.0rc1 -> 1.0~rc1, 1.0.dev2 -> 1.0~dev2 (before 1.0)."""
    version = re.sub(r"[.-]?(a|b|rc|alpha|beta|dev)(\d*)", r"~\1\2", version)
    return re.sub(r"[^A-Za-z0-9.+~]", ".", version)


def _say(message: str) -> None:
    print(f"build_desktop: {message}", flush=True)


# --- the bundle --------------------------------------------------------------------


def build_bundle(dist: Path, work: Path, version: str) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise BuildError(
            f'PyInstaller is not installed for {sys.executable}: pip install -e ".[build]"'
        ) from None
    if sys.platform.startswith("linux") and shutil.which("objdump") is None:
        raise BuildError("PyInstaller needs objdump on Linux: apt-get install binutils")
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(dist), "--workpath", str(work / "pyinstaller"), str(SPEC),
    ]  # fmt: skip
    started = time.monotonic()
    result = subprocess.run(command, cwd=ROOT, check=False)
    if result.returncode != 0:
        raise BuildError(f"PyInstaller failed (exit {result.returncode})")
    bundle = dist / "annotator"
    program = bundle / PROGRAM
    _say(f"bundle built in {time.monotonic() - started:.0f} s: {bundle}")
    # The least a bundle must do: start, and be the version it claims.
    said = subprocess.run([str(program), "--version"], capture_output=True, text=True, check=False)
    if said.returncode != 0 or version not in said.stdout:
        raise BuildError(f"{program} --version failed: {said.stdout}{said.stderr}")
    _say(f"{said.stdout.strip()}; {_size_mib(bundle):.0f} MiB")
    return bundle


def _size_mib(folder: Path) -> float:
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        / 2**20
    )


# --- icons -------------------------------------------------------------------------


def render_icons(svg: Path, sizes: tuple[int, ...], out: Path) -> dict[int, Path]:
    """PNGs of the app icon at each size, drawn by Qt's SVG renderer (no other tool)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"cannot read {svg}")
    out.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = out / f"annotator-{size}.png"
        if not image.save(str(path)):  # PNG, from the suffix
            raise BuildError(f"cannot write {path}")
        written[size] = path
    return written


# --- the .deb ----------------------------------------------------------------------


def deb_architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def glibc_needed(bundle: Path) -> str | None:
    """The newest GLIBC_x.y symbol version any binary in the bundle asks for."""
    newest: tuple[int, ...] = ()
    for path in bundle.rglob("*"):
        if not path.is_file() or path.is_symlink():
            continue
        with path.open("rb") as handle:
            if handle.read(4) != b"\x7fELF":
                continue
        dump = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for line in dump.splitlines():
            if "*UND*" in line:
                for found in re.findall(r"GLIBC_(\d+(?:\.\d+)+)", line):
                    newest = max(newest, tuple(int(n) for n in found.split(".")))
    return ".".join(map(str, newest)) if newest else None


def _normalise_modes(root: Path) -> None:
    """0755 folders and programs, 0644 other files, whatever the umask was."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


# dpkg-deb's compressors: zstd is 20x faster than xz for a file 25% bigger, and
# every system the bundle runs on (glibc of Debian 12 / Ubuntu 22.10 on) reads it.
COMPRESSION = {"zstd": ["-Zzstd", "-z9"], "xz": ["-Zxz", "-z6"], "gzip": ["-Zgzip", "-z6"]}


def build_deb(
    bundle: Path, dist: Path, work: Path, version: str, compression: str = "zstd"
) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb is missing (Debian/Ubuntu only; or use --no-deb)")
    started = time.monotonic()
    arch = deb_architecture()
    deb_version = debian_version(version)
    stage = work / "deb" / f"annotator_{deb_version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    opt = stage / "opt" / "annotator"
    shutil.copytree(bundle, opt, symlinks=True)

    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / "annotator").symlink_to("/opt/annotator/annotator")

    share = stage / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX / "annotator.desktop", share / "applications" / "annotator.desktop")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy2(LINUX / "annotator-mime.xml", share / "mime" / "packages" / "annotator.xml")
    hicolor = share / "icons" / "hicolor"
    for size, png in render_icons(ICON_SVG, ICON_SIZES, work / "icons").items():
        target = hicolor / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(png, target / "annotator.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICON_SVG, hicolor / "scalable" / "apps" / "annotator.svg")
    doc = share / "doc" / "annotator"
    doc.mkdir(parents=True)
    shutil.copy2(LINUX / "copyright", doc / "copyright")

    depends = list(DEPENDS)
    glibc = glibc_needed(opt)
    if glibc:
        depends.insert(0, f"libc6 (>= {glibc})")
    installed_kib = sum(
        (p.lstat().st_size + 1023) // 1024 for p in stage.rglob("*") if not p.is_dir()
    )
    control = stage / "DEBIAN" / "control"
    control.parent.mkdir()
    control.write_text(
        f"Package: annotator\n"
        f"Version: {deb_version}\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends)}\n"
        f"Recommends: {', '.join(RECOMMENDS)}\n"
        f"Section: misc\n"
        f"Priority: optional\n"
        f"Description: {DESCRIPTION}\n",
        encoding="utf-8",
    )
    # No maintainer scripts: dpkg's triggers (desktop-file-utils, shared-mime-info,
    # hicolor-icon-theme) refresh the menus, MIME and icon caches on install and
    # removal, and nothing of ours ever touches a user's data folder.
    _normalise_modes(stage)
    deb = dist / f"annotator_{deb_version}_{arch}.deb"
    subprocess.run(
        [
            "dpkg-deb",
            "--root-owner-group",
            *COMPRESSION[compression],
            "--build",
            str(stage),
            str(deb),
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(stage)  # a second copy of the bundle, no longer needed
    _say(
        f"package built in {time.monotonic() - started:.0f} s: {deb} "
        f"({deb.stat().st_size / 2**20:.0f} MiB)"
    )
    return deb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build" / "desktop", help="intermediate files"
    )
    parser.add_argument("--no-deb", action="store_true", help="build the bundle only")
    parser.add_argument(
        "--compression", choices=sorted(COMPRESSION), default="zstd",
        help="the .deb's compression (default zstd; xz: smallest, slowest)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()
    try:
        version = project_version()
        bundle = build_bundle(dist, work, version)
        if not args.no_deb:
            if not sys.platform.startswith("linux"):
                raise BuildError("a .deb is for Debian/Ubuntu; use --no-deb here")
            build_deb(bundle, dist, work, version, args.compression)
    except BuildError as exc:
        print(f"build_desktop: error: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
