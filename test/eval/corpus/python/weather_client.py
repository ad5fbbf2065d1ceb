"""Client for the Weatherly forecast API and the internal upload service."""
import os
import uuid

import requests
from requests.auth import HTTPBasicAuth

BASE = "https://api.weatherly.io/v3"
HEADERS = {
    "Accept": "application/json",
    "X-API-Key": "7a45df2e-6e7f-417a-9a53-268cf53aa757",
}
TRACE_HEADERS = {"X-Request-ID": "23c7ebdd-c612-4f57-b54c-3a73eceecb4b"}
DEFAULT_CITY_ID = "c31d2856-fbc0-437e-af6b-e7026fbee746"


def forecast(city_id: str = DEFAULT_CITY_ID) -> dict:
    r = requests.get(f"{BASE}/forecast/{city_id}", headers={**HEADERS, **TRACE_HEADERS}, timeout=10)
    r.raise_for_status()
    return r.json()


def upload(path: str) -> None:
    session = requests.Session()
    session.auth = HTTPBasicAuth("uploader", "sHW8G8BGv0f9iV1u")
    session.headers["X-Request-ID"] = str(uuid.uuid4())
    session.headers["Authorization"] = "Bearer " + os.environ["UPLOAD_TOKEN"]
    with open(path, "rb") as fh:
        session.put("https://uploads.acme-corp.io/v1/files", data=fh, timeout=60).raise_for_status()


def legacy_upload(path: str) -> None:
    session = requests.Session()
    session.headers.update({"Authorization": "Token b57847d698359b14a9a00a2153a8eff4"})
    with open(path, "rb") as fh:
        session.post("https://legacy-uploads.acme-corp.io/files", files={"file": fh}, timeout=60)
