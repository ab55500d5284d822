"""Server fixtures: the app over the synthetic corpus's store (no model), tested in-process."""

from __future__ import annotations

import pytest

from synthetic_corpus import SEED, ingested_corpus


@pytest.fixture(scope="module")
def corpus_db():
    """(corpus, database path) — built once per session, opened read-only by the app."""
    return ingested_corpus(SEED)


@pytest.fixture(scope="module")
def client(corpus_db):
    from eventwire.server import create_app

    return test_client(create_app(corpus_db[1]))


def test_client(app):
    import warnings

    with warnings.catch_warnings():  # starlette 1.x warns that its TestClient will move off httpx
        warnings.filterwarnings("ignore", message=".*httpx.*deprecated")
        from fastapi.testclient import TestClient
    return TestClient(app, base_url="http://127.0.0.1")  # a Host the server answers to


@pytest.fixture(name="test_client", scope="session")
def _test_client_fixture():
    return test_client
