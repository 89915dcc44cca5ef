"""The desk programs: the PyInstaller bundle runs alone, the .deb carries what a desk needs.

`python scripts/build_desktop.py` is run once per test session (about a minute)
into a temporary folder; every `slow` test here shares that build. The bundle is
then run as a desk would: its own program, no Python of ours on PATH, a fresh
home and data folder.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from annotator import __version__
from tests.support import PHRASE as BEN_LADEN

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "scripts" / "build_desktop.py"
LINUX = ROOT / "packaging" / "linux"
SOURCE = "https://www.britannica.com/event/killing-of-Osama-bin-Laden"
# DESIGN.md, Known traps: what Qt needs from a bare Debian, and its xcb plugin.
QT_SYSTEM_PACKAGES = [
    "libegl1", "libgl1", "libxkbcommon0", "libfontconfig1", "libdbus-1-3", "fonts-dejavu-core",
    "libxcb-cursor0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1", "libxcb-render-util0",
    "libxcb-shape0", "libxcb-xkb1", "libxkbcommon-x11-0",
]  # fmt: skip
ON_LINUX = sys.platform.startswith("linux")
# Set by .ci/run: there a missing build tool fails the tests instead of skipping them.
REQUIRED = os.environ.get("ANNOTATOR_REQUIRE_BUNDLE") == "1"


def _load_build_script():
    spec = importlib.util.spec_from_file_location("build_desktop", BUILD_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _load_qt_trim():
    spec = importlib.util.spec_from_file_location("qt_trim", ROOT / "packaging" / "qt_trim.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- fast: the pieces of the build ---------------------------------------------------


def test_build_reads_the_projects_version():
    assert _load_build_script().project_version() == __version__


@pytest.mark.parametrize(
    ("pep440", "debian"),
    [
        ("0.1.0", "0.1.0"),
        ("1.2rc1", "1.2~rc1"),
        ("1.2.0.dev3", "1.2.0~dev3"),
        ("2.0b2", "2.0~b2"),
        ("1.0+desk.1", "1.0+desk.1"),
    ],
)
def test_debian_versions_sort_like_python_ones(pep440, debian):
    assert _load_build_script().debian_version(pep440) == debian


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", True),
        ("PySide6/Qt/plugins/platforms/libqeglfs.so", False),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/imageformats/libqsvg.so", True),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", True),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/sqldrivers/libqsqlite.so", False),
        ("PySide6/Qt/plugins/platforminputcontexts/libcomposeplatforminputcontextplugin.so", True),
        ("PySide6/Qt/translations/qtbase_fr.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/designer_fr.qm", False),
        ("PySide6/Qt/lib/libQt6Gui.so.6", True),
        ("annotator/_data/resources/claimreview.xsd", True),
    ],
)
def test_qt_is_trimmed_to_what_the_window_uses(dest, kept):
    assert _load_qt_trim().keep(dest) is kept


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_desktop_entry_validates():
    result = subprocess.run(
        ["desktop-file-validate", str(LINUX / "annotator.desktop")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_desktop_entry_speaks_french_and_english_and_opens_claimreview():
    entry = _desktop_entry((LINUX / "annotator.desktop").read_text(encoding="utf-8"))
    for key in ("Name", "Comment", "GenericName"):
        assert entry.get(key) and entry.get(f"{key}[fr]"), key
    assert entry["Comment"] != entry["Comment[fr]"]
    assert "Office" in entry["Categories"].split(";")
    assert entry["Icon"] == "annotator"
    assert entry["Exec"].split()[0] == "annotator"
    mime_types = set(entry["MimeType"].strip(";").split(";"))
    assert {"application/x-claimreview+xml", "application/x-claimreview+json"} <= mime_types
    assert {"application/ld+json", "application/xml"} <= mime_types  # .jsonld and .xml


def test_mime_types_are_declared_and_recognise_our_exports():
    from lxml import etree

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    tree = etree.parse(str(LINUX / "annotator-mime.xml"))
    declared = {t.get("type"): t for t in tree.findall("m:mime-type", ns)}
    assert set(declared) == {"application/x-claimreview+xml", "application/x-claimreview+json"}
    for mime_type in declared.values():
        assert mime_type.xpath("m:comment[@xml:lang='fr']", namespaces=ns)
        assert mime_type.find("m:magic", ns) is not None
    # What the magic looks for is what our exports begin with.
    xml_type = declared["application/x-claimreview+xml"]
    xml_words = [m.get("value") for m in xml_type.iter(f"{{{ns['m']}}}match")]
    assert xml_words == ["xmlns", "http://schema.org/", "ClaimReview"]


def _desktop_entry(text: str) -> dict[str, str]:
    entry = {}
    for line in text.splitlines():
        if "=" in line and not line.startswith("#"):
            key, value = line.split("=", 1)
            entry[key.strip()] = value.strip()
    return entry


# --- slow: the build, once per session -------------------------------------------------


@dataclass
class Build:
    dist: Path
    bundle: Path
    program: Path
    deb: Path | None
    work: Path
    seconds: float


@pytest.fixture(scope="session")
def desktop_build(tmp_path_factory) -> Build:
    if not ON_LINUX:
        pytest.skip("the bundle test runs on Linux (Windows and macOS: see the README)")
    missing = [name for name in ("PyInstaller",) if importlib.util.find_spec(name) is None]
    missing += [tool for tool in ("objdump",) if shutil.which(tool) is None]
    if missing:
        message = (
            f"cannot build the bundle without {', '.join(missing)} (pip install -e '.[build]')"
        )
        if REQUIRED:  # CI installs them: a missing one is a broken CI, not a skip
            pytest.fail(message)
        pytest.skip(message)
    base = tmp_path_factory.mktemp("desktop-build")
    dist, work = base / "dist", base / "work"
    command = [sys.executable, str(BUILD_SCRIPT), "--dist", str(dist), "--work", str(work)]
    if shutil.which("dpkg-deb") is None:
        command.append("--no-deb")
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, timeout=1200, check=False)
    seconds = time.monotonic() - started
    assert result.returncode == 0, (
        f"build failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    )
    debs = sorted(dist.glob("annotator_*.deb"))
    return Build(
        dist=dist,
        bundle=dist / "annotator",
        program=dist / "annotator" / "annotator",
        deb=debs[0] if debs else None,
        work=work,
        seconds=seconds,
    )


@pytest.fixture
def desk(tmp_path) -> dict[str, str]:
    """A desk's environment: a fresh home and data folder, nothing of our venv on PATH."""
    home = tmp_path / "home"
    (home / ".local" / "share").mkdir(parents=True)
    return {
        "PATH": "/usr/bin:/bin",
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "TMPDIR": str(tmp_path),
    }


def _run(build: Build, env: dict[str, str], *args: str, cwd: Path, timeout: float = 180):
    result = subprocess.run(
        [str(build.program), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    return result


def _ok(build: Build, env: dict[str, str], *args: str, cwd: Path) -> str:
    result = _run(build, env, *args, cwd=cwd)
    assert result.returncode == 0, f"annotator {' '.join(args)}: {result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_bundle_is_the_projects_version(desktop_build, desk, tmp_path):
    assert _ok(desktop_build, desk, "--version", cwd=tmp_path).strip().endswith(__version__)


@pytest.mark.slow
def test_build_stays_small_and_quick(desktop_build):
    """About 40 s and 170 MiB here: a pulled-in Qt add-on or a slow step shows first here."""
    size = sum(p.stat().st_size for p in desktop_build.bundle.rglob("*") if p.is_file())
    assert size < 260 * 2**20, f"bundle is {size / 2**20:.0f} MiB"
    assert desktop_build.seconds < 600, f"build took {desktop_build.seconds:.0f} s"


@pytest.mark.slow
def test_bundle_runs_the_running_example_alone(desktop_build, desk, tmp_path):
    """Import the sample, mark the claim, export ClaimReview XML, validate it: the bundle only."""
    run = lambda *args: _ok(desktop_build, desk, *args, cwd=tmp_path)  # noqa: E731
    # The default database is created on first use, with the sample the bundle carries.
    first = json.loads(run("articles", "--json"))
    assert len(first) == 1 and "Palantir" in first[0]["title"]
    assert (Path(desk["XDG_DATA_HOME"]) / "annotator" / "annotator.db").is_file()

    db = str(tmp_path / "desk.db")
    sample = tmp_path / "article.txt"
    shutil.copy(ROOT / "resources" / "sample-article.txt", sample)
    assert "imported 1, duplicates 0, failed 0" in run("--db", db, "import", str(sample))
    claim_id = run(
        "--db", db, "claim", "add", "1", "--quote", BEN_LADEN, "--verdict", "Faux",
        "--correction", "2011", "--source", SOURCE,
    ).strip()  # fmt: skip
    assert claim_id.isdigit()
    run("--db", db, "settings", "publisher.name", "Les Vérificateurs")
    run("--db", db, "settings", "factcheck.base_url", "https://verif.example.org/")
    claims = json.loads(run("--db", db, "claims", "--json"))
    assert [(c["quote"], c["verdict"], c["correction"]) for c in claims] == [
        (BEN_LADEN, "false", "2011")
    ]

    review = tmp_path / "review.xml"
    run("--db", db, "export", "--format", "claimreview-xml", "-o", str(review))
    text = review.read_text(encoding="utf-8")
    assert "schema:ClaimReview" in text and BEN_LADEN in text and SOURCE in text
    assert run("validate", str(review)).strip().endswith("valid")
    jsonld = tmp_path / "review.jsonld"
    run("--db", db, "export", "--format", "jsonld", "-o", str(jsonld))
    assert "ClaimReview" in jsonld.read_text(encoding="utf-8")
    assert "ok" in run("--db", db, "check")

    # The other commands, each with the modules it imports lazily.
    hits = json.loads(run("--db", db, "search", "commando", "--json"))
    assert {hit["kind"] for hit in hits} >= {"article"}
    copy = tmp_path / "copy.db"
    run("--db", db, "backup", str(copy))
    other = str(tmp_path / "other.db")
    run("--db", other, "import", str(sample))
    assert "attached 1" in run("--db", other, "import-reviews", str(jsonld))
    # Every command of the checkout is in the bundle, with its options.
    from annotator.cli import main

    for name in main.commands:
        assert name in run(name, "--help").splitlines()[0], name


@pytest.mark.slow
def test_bundle_imports_web_pages_in_worker_processes(desktop_build, desk, tmp_path):
    """Enough pages for the import to spawn workers: in a frozen app they re-run the
    bundle's program, which must hand them to multiprocessing (and find trafilatura's
    data files) instead of parsing their arguments as a command line."""
    page = (ROOT / "tests" / "fixtures" / "import" / "article.html").read_text(encoding="utf-8")
    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(16):
        text = page.replace("Les députés", f"Les {n + 2} députés")
        (folder / f"page-{n:02d}.html").write_text(text, encoding="utf-8")
    db = str(tmp_path / "pages.db")
    result = _run(desktop_build, desk, "--db", db, "import", str(folder), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "imported 16, duplicates 0, failed 0" in result.stdout
    assert "Usage:" not in result.stderr and "No such option" not in result.stderr
    shown = json.loads(_ok(desktop_build, desk, "--db", db, "show", "1", "--json", cwd=tmp_path))
    assert BEN_LADEN in shown["body"] and "TRACKING-SCRIPT-TEXT" not in shown["body"]


@pytest.mark.slow
def test_bundle_opens_the_window_offscreen(desktop_build, desk, tmp_path):
    db = str(tmp_path / "window.db")
    shutil.copy(ROOT / "resources" / "sample-article.txt", tmp_path / "article.txt")
    _ok(desktop_build, desk, "--db", db, "import", str(tmp_path / "article.txt"), cwd=tmp_path)
    _ok(desktop_build, desk, "--db", db, "claim", "add", "1", "--quote", BEN_LADEN,
        "--verdict", "Faux", cwd=tmp_path)  # fmt: skip
    picture = tmp_path / "window.png"
    env = {**desk, "ANNOTATOR_SCREENSHOT": str(picture), "ANNOTATOR_UI_LANGUAGE": "fr"}
    result = _run(desktop_build, env, "--db", db, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 800 and height >= 500
    assert len(data) > 20_000  # a drawn window (text, icons), not a blank rectangle
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_bundle_opens_claimreview_files_as_the_desktop_entry_does(desktop_build, desk, tmp_path):
    """`annotator --open FILE` (the desktop entry's Exec) imports the reviews in the window."""
    run = lambda *args: _ok(desktop_build, desk, *args, cwd=tmp_path)  # noqa: E731
    shutil.copy(ROOT / "resources" / "sample-article.txt", tmp_path / "article.txt")
    source, desk_db = str(tmp_path / "source.db"), str(tmp_path / "desk.db")
    for db in (source, desk_db):
        run("--db", db, "import", str(tmp_path / "article.txt"))
    run("--db", source, "claim", "add", "1", "--quote", BEN_LADEN, "--verdict", "Faux")
    review = tmp_path / "review.jsonld"
    run("--db", source, "export", "--format", "jsonld", "-o", str(review))

    entry = _desktop_entry((LINUX / "annotator.desktop").read_text(encoding="utf-8"))
    args = [a for a in entry["Exec"].split()[1:] if a != "%F"]
    env = {**desk, "ANNOTATOR_DB": desk_db, "ANNOTATOR_SCREENSHOT": str(tmp_path / "open.png")}
    result = _run(desktop_build, env, *args, str(review), cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
    claims = json.loads(run("--db", desk_db, "claims", "--json"))
    assert [(c["quote"], c["verdict"]) for c in claims] == [(BEN_LADEN, "false")]


@pytest.mark.slow
def test_bundle_carries_its_files_and_no_dev_tools(desktop_build):
    internal = desktop_build.bundle / "_internal"
    data = internal / "annotator" / "_data"
    assert (data / "schema.sql").is_file()
    for name in ("claimreview.xsd", "rating-scale.json", "sample-article.txt",
                 "translations/annotator_fr.qm", "icons/annotator.svg"):  # fmt: skip
        assert (data / "resources" / name).is_file(), name
    xsds = {p.name for p in (data / "resources" / "xsd").glob("*.xsd")}
    assert xsds == {p.name for p in (ROOT / "resources" / "xsd").glob("*.xsd")}
    assert not list(data.rglob("*.ts"))  # translators' sources stay in the checkout
    migrations = {p.name for p in (internal / "annotator" / "store" / "migrations").glob("*.sql")}
    assert migrations == {p.name for p in (ROOT / "annotator/store/migrations").glob("*.sql")}
    for folder in ("postgresql", "postgresql/migrations"):  # a newsroom's database
        inside = {p.name for p in (internal / "annotator/store" / folder).glob("*.sql")}
        assert inside == {p.name for p in (ROOT / "annotator/store" / folder).glob("*.sql")}
        assert inside, folder

    plugins = internal / "PySide6" / "Qt" / "plugins"
    names = lambda kind: {p.name.split(".")[0] for p in (plugins / kind).iterdir()}  # noqa: E731
    assert names("platforms") == {"libqxcb", "libqwayland", "libqoffscreen"}
    assert names("imageformats") == {"libqsvg"}
    assert names("iconengines") == {"libqsvgicon"}
    assert not (plugins / "tls").exists() and not (plugins / "sqldrivers").exists()
    translations = {p.name for p in (internal / "PySide6" / "Qt" / "translations").iterdir()}
    assert "qtbase_fr.qm" in translations and len(translations) <= 2

    from PyInstaller.archive.readers import CArchiveReader

    modules = set(CArchiveReader(str(desktop_build.program)).open_embedded_archive("PYZ.pyz").toc)
    ours = {
        ".".join(
            ("annotator", *p.relative_to(ROOT / "annotator").with_suffix("").parts)
        ).removesuffix(".__init__")
        for p in (ROOT / "annotator").rglob("*.py")
    }
    assert ours - modules == set()  # every module, the lazily imported ones too
    for dev_tool in ("pytest", "_pytest", "pytestqt", "hypothesis", "rdflib", "importlinter",
                     "mypy", "ruff", "pip", "setuptools", "PyInstaller"):  # fmt: skip
        assert not any(m == dev_tool or m.startswith(f"{dev_tool}.") for m in modules), dev_tool
    for needed in ("trafilatura", "justext", "htmldate", "courlan", "lxml_html_clean",
                   "ijson.backends.python"):  # fmt: skip
        assert needed in modules, needed
    assert (internal / "justext" / "stoplists").is_dir()
    assert (internal / "trafilatura" / "settings.cfg").is_file()
    if importlib.util.find_spec("psycopg") is not None:  # the newsroom mode's driver
        assert "psycopg" in modules
    else:
        assert "psycopg" not in modules


# --- slow: the .deb ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def deb(desktop_build) -> Path:
    if desktop_build.deb is None:
        pytest.skip("dpkg-deb is not installed (not a Debian/Ubuntu machine)")
    return desktop_build.deb


@pytest.fixture(scope="session")
def deb_tree(deb, tmp_path_factory) -> Path:
    """The package's /usr/share, unpacked (the bundle under /opt is the one built)."""
    tree = tmp_path_factory.mktemp("deb-tree")
    unpack = ["tar", "-x", "-C", str(tree), "./usr/share"]
    with subprocess.Popen(["dpkg-deb", "--fsys-tarfile", str(deb)], stdout=subprocess.PIPE) as tar:
        subprocess.run(unpack, stdin=tar.stdout, check=True)
    assert tar.returncode == 0
    return tree


@pytest.mark.slow
def test_deb_is_named_and_versioned_from_the_project(deb):
    build = _load_build_script()
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert deb.name == f"annotator_{build.debian_version(__version__)}_{arch}.deb"
    info = subprocess.run(["dpkg-deb", "-I", str(deb)], capture_output=True, text=True,
                          check=True).stdout  # fmt: skip
    fields = dict(re.findall(r"^ ([A-Z][\w-]+): (.*)$", info, re.M))
    assert fields["Package"] == "annotator"
    assert fields["Version"] == build.debian_version(__version__)
    depends = {d.strip().split()[0] for d in re.split(r"[,|]", fields["Depends"])}
    assert set(QT_SYSTEM_PACKAGES) <= depends
    assert "libc6" in depends
    # No maintainer scripts at all: install and removal never touch a user's files.
    scripts = re.findall(r"^\s+\d+ bytes,\s+\d+ lines\s+\*?\s*(\S+)", info, re.M)
    assert scripts == ["control"], scripts


@pytest.mark.slow
def test_deb_installs_the_bundle_launcher_desktop_entry_icons_and_mime(deb, desktop_build):
    listing = subprocess.run(["dpkg-deb", "-c", str(deb)], capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    paths = {line.split()[5].removeprefix("."): line for line in listing.splitlines()}
    assert paths["/usr/bin/annotator"].split()[-1] == "/opt/annotator/annotator"
    assert paths["/opt/annotator/annotator"].startswith("-rwxr-xr-x root/root")
    assert "/usr/share/applications/annotator.desktop" in paths
    assert "/usr/share/mime/packages/annotator.xml" in paths
    assert "/usr/share/icons/hicolor/scalable/apps/annotator.svg" in paths
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert f"/usr/share/icons/hicolor/{size}x{size}/apps/annotator.png" in paths, size
    # Everything under /opt/annotator, /usr/bin and /usr/share: nothing in a home or /etc.
    roots = {p.split("/")[1] for p in paths if p.strip("/")}
    assert roots == {"opt", "usr"}
    assert all(p.startswith(("/opt/annotator", "/usr/bin", "/usr/share")) for p in paths
               if p.count("/") > 2)  # fmt: skip
    packaged = {p.removeprefix("/opt/annotator/") for p in paths if p.startswith("/opt/annotator/")}
    built = {
        p.relative_to(desktop_build.bundle).as_posix() + ("/" if p.is_dir() else "")
        for p in desktop_build.bundle.rglob("*")
    }
    assert built - packaged == set()  # the whole bundle, as built


@pytest.mark.slow
def test_deb_desktop_entry_and_icons_are_valid(deb_tree):
    desktop = deb_tree / "usr" / "share" / "applications" / "annotator.desktop"
    if shutil.which("desktop-file-validate") is not None:
        result = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True,
                                text=True, check=False)  # fmt: skip
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout
    elif REQUIRED:
        pytest.fail("desktop-file-validate is missing (.ci/run installs desktop-file-utils)")
    for png in (deb_tree / "usr" / "share" / "icons" / "hicolor").glob("*x*/apps/annotator.png"):
        data = png.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = struct.unpack(">II", data[16:24])
        assert f"{width}x{height}" == png.parent.parent.name
    from lxml import etree

    etree.parse(str(deb_tree / "usr" / "share" / "mime" / "packages" / "annotator.xml"))
