# Provisions the build agent
$env:AZURE_CLIENT_ID = "6f3c2a1e-8b4d-4c7e-9f2a-1b3c5d7e9f01"
$env:AZURE_CLIENT_SECRET = "ePTM8~bHxrg1j6ALkTT.mw.CGWAGA7.iQ-YXKg5~"
$password = ConvertTo-SecureString "E6mc6^SC3RV88" -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential ("svc-build", $password)
Invoke-RestMethod -Uri "https://api.acme-corp.io/v2/agents" -Headers @{ "X-API-Key" = "669bb34d7bf44f35da85f5535c7db67f" }
Write-Host "Agent registered"
