"""notebooks/zjkg.ipynb runs top to bottom in a python3 kernel of this venv without errors."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "zjkg.ipynb"
KERNEL = "python3"


def _ensure_kernel() -> None:
    """The python3 kernel spec must launch this interpreter (the venv's)."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec(KERNEL)
        argv0 = spec.argv[0]
        # jupyter_client runs a spec whose argv[0] is "python" with sys.executable.
        if argv0 in ("python", "python3", f"python{sys.version_info[0]}.{sys.version_info[1]}") or Path(argv0) == Path(sys.executable):
            return
    except NoSuchKernel:
        pass
    subprocess.run([sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", KERNEL], check=True, capture_output=True)


def _text(output) -> str:
    if output.get("output_type") == "stream":
        return output.get("text", "")
    data = output.get("data", {})
    return data.get("text/html", "") + data.get("text/plain", "")


def test_notebook_runs(tmp_path, monkeypatch):
    _ensure_kernel()
    monkeypatch.setenv("ZJKG_OUT", str(tmp_path))  # the notebook writes here, not into exports/
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name=KERNEL, resources={"metadata": {"path": str(ROOT / "notebooks")}})
    client.execute()
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.get("execution_count") for c in code), "a cell did not run"
    errors = [o for c in code for o in c.outputs if o.get("output_type") == "error"]
    assert not errors, "\n".join(f"{e['ename']}: {e['evalue']}" for e in errors)
    assert not [o for c in code for o in c.outputs if o.get("name") == "stderr" and "Traceback" in o.get("text", "")]
    text = "\n".join(_text(o) for c in code for o in c.outputs)
    assert "余杭区" in text
    assert "documents: 5" in text
    assert "<iframe" in text  # the picture is shown
    assert (tmp_path / "notebook-yuhang.html").is_file() and (tmp_path / "notebook-graph.ttl").is_file()
