"""Credentials for the reporting jobs (staging only, rotated monthly)."""
import os

REQUEST_ID = "55d642a5-3fd2-4233-909b-61b55ce3d73f"
BUILD_COMMIT = "e226723c6f2340ae7603983f337b2b8aa15153d6"
SPOTIFY_CLIENT_ID = "fe2c3555f7247f2fa060a515449dcaf3"
TWITCH_CLIENT_ID = "h043sg4xm8oeenlsc7ctcgcj5zwryu"
CLOCKIFY_WORKSPACE_ID = "85b6556476bc83cb47d89300"

INTEGRATIONS = {
    "twitch_client_secret": "wgz5jy41n5be6f8bgr5k0lumust9xj",
    "coinapi_key": "3509A449-9739-45CD-8172-F49C61C57045",
    "mistral_api_key": "FnjjvDiDvTTxFljcrYZGNFgIskUEQS7H",
    "deepgram_api_key": "e5385d82e1ca99c187f437c665daae4b7c1f5288",
    "splunk_hec_token": "5e09a358-c3a2-4817-8864-9a041f473668",
    "spotify_client_secret": "593b16e9d699e66151362ad3986284d6",
    "riot_api_key": "RGAPI-e5de56ec-68dc-4c7b-9ea2-b2b03ed45b0c",
    "foursquare_api_key": "fsq3Pk/0Ldznqvulj9r5dwjDfrrKe4TH7KQaZXYUmhNNIXeA",
    "trello_token": "ATTA68a4ffdfe766f7ff7179778e9affb42b704bb5f4cd459530e314841c121c9587CD4CD3C3",
    "google_access_token": "ya29.a02I8304djpZAKiHiQF34lBxwyr2-onf_wtMJrDgk7CYky1vAEZdVLHWcGp5L7G1Yw09KCD08PyA3vOvHPkO0OPY87nTcRAEHdlPCDZag7ft1AM2LpMwu4oEyM-vd3YfRKSNUsj_TeIgC2OnuOKL8T5e",
    "mistral_api_key_env": os.environ.get("MISTRAL_API_KEY", ""),
    "deepgram_api_key_example": "your-deepgram-api-key",
}
