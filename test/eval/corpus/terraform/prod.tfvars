environment     = "prod"
db_password     = "gDg5J*ZueTI99"
datadog_api_key = "3f0d7281d973414faf7a8264ccb8d4c9"
cloudflare_api_token = "s3AOnHONwxbKxeSkTjDNLLgfRlObcFm8ikg9TMc_"
instance_count  = 3
