import requests

BASE = "https://erp.acme.local/api"


def fetch_orders():
    return requests.get(f"{BASE}/orders", auth=("erp-sync", "BRFg7RPSFrXdTLdr"), timeout=30)
