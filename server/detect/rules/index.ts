// Every built-in provider rule. Add a rule = add one file beside this one and list it here.
import type { Rule } from '../rule';

// --- platforms: cloud, source hosting, package registries, AI, developer SaaS ---
import { ageRules } from './age';
import { algoliaRules } from './algolia';
import { alibabaRules } from './alibaba';
import { anthropicRules } from './anthropic';
import { artifactoryRules } from './artifactory';
import { atlassianRules } from './atlassian';
import { awsRules } from './aws';
import { azureRules } from './azure';
import { bitbucketRules } from './bitbucket';
import { buildkiteRules } from './buildkite';
import { circleciRules } from './circleci';
import { clickhouseRules } from './clickhouse';
import { clojarsRules } from './clojars';
import { cloudflareRules } from './cloudflare';
import { cohereRules } from './cohere';
import { cratesIoRules } from './crates-io';
import { databricksRules } from './databricks';
import { datadogRules } from './datadog';
import { digitaloceanRules } from './digitalocean';
import { dockerRules } from './docker';
import { dopplerRules } from './doppler';
import { dynatraceRules } from './dynatrace';
import { fastlyRules } from './fastly';
import { flyioRules } from './flyio';
import { gcpRules } from './gcp';
import { githubRules } from './github';
import { gitlabRules } from './gitlab';
import { googleRules } from './google';
import { grafanaRules } from './grafana';
import { groqRules } from './groq';
import { harnessRules } from './harness';
import { herokuRules } from './heroku';
import { huggingfaceRules } from './huggingface';
import { infracostRules } from './infracost';
import { linearRules } from './linear';
import { netlifyRules } from './netlify';
import { newrelicRules } from './newrelic';
import { notionRules } from './notion';
import { npmRules } from './npm';
import { nugetRules } from './nuget';
import { octopusDeployRules } from './octopus-deploy';
import { oktaRules } from './okta';
import { onepasswordRules } from './onepassword';
import { openaiRules } from './openai';
import { openshiftRules } from './openshift';
import { perplexityRules } from './perplexity';
import { planetscaleRules } from './planetscale';
import { postmanRules } from './postman';
import { prefectRules } from './prefect';
import { pulumiRules } from './pulumi';
import { pypiRules } from './pypi';
import { readmeRules } from './readme';
import { replicateRules } from './replicate';
import { rubygemsRules } from './rubygems';
import { scalingoRules } from './scalingo';
import { sentryRules } from './sentry';
import { snykRules } from './snyk';
import { sonarqubeRules } from './sonarqube';
import { sourcegraphRules } from './sourcegraph';
import { supabaseRules } from './supabase';
import { terraformRules } from './terraform';
import { vaultRules } from './vault';
import { vercelRules } from './vercel';
import { xaiRules } from './xai';
// (end platforms)

// --- services: messaging, payments, commerce, keys and tokens by structure ---
import { airtablePat } from './airtable';
import { asanaPat } from './asana';
import { braintreeAccessToken } from './braintree';
import { brevoApiKey } from './brevo';
import { coinbaseApiSecret } from './coinbase';
import { contentfulPat } from './contentful';
import { dbConnectionString } from './db-connection-string';
import { discordBotToken, discordWebhook } from './discord';
import { dropboxAccessToken } from './dropbox';
import { easypostApiKey } from './easypost';
import { facebookAccessToken } from './facebook';
import { figmaPat } from './figma';
import { fcmServerKey } from './firebase';
import { flutterwaveSecretKey } from './flutterwave';
import { intercomAccessToken } from './intercom';
import { jwt } from './jwt';
import { mailchimpApiKey } from './mailchimp';
import { mailgunApiKey, mailgunPrivateApiKey } from './mailgun';
import { mapboxSecretToken } from './mapbox';
import { teamsWebhook } from './microsoft-teams';
import { plaidAccessToken, plaidSecret } from './plaid';
import { postmarkServerToken } from './postmark';
import { privateKey, puttyPrivateKey } from './private-key';
import { privateKeyTruncated } from './private-key-truncated';
import { resendApiKey } from './resend';
import { sendgridApiKey } from './sendgrid';
import { shippoApiToken } from './shippo';
import { shopifyAccessToken, shopifySharedSecret } from './shopify';
import {
  slackAppToken, slackBotToken, slackConfigRefreshToken, slackConfigToken, slackLegacyToken, slackUserToken, slackWebhook,
} from './slack';
import { squareAccessToken, squareOauthSecret } from './square';
import { stripeRestrictedKey, stripeSecretKey, stripeWebhookSecret } from './stripe';
import { telegramBotToken } from './telegram';
import { twilioApiKey, twilioAuthToken } from './twilio';
import { twitterBearerToken } from './twitter';
import { typeformPat } from './typeform';
import { urlCredentials } from './url-credentials';
import { httpBasicAuth } from './http-basic-auth';
import { woocommerceApiKey } from './woocommerce';
import { zendeskApiToken } from './zendesk';
// (end services)

// --- credentials by context: command lines, headers, connection strings, credential calls, password hashes ---
import { apiKeyHeader } from './api-key-header';
import { cliPassword } from './cli-password';
import { connectionStringPassword } from './connection-string-password';
import { credentialArguments } from './credential-arguments';
import { curlCredentials } from './curl-credentials';
import { kerberosHash } from './kerberos-hash';
import { mysqlDsn } from './mysql-dsn';
import { netrcPassword } from './netrc-password';
import { oracleCredentials } from './oracle-credentials';
import { passwordHash } from './password-hash';
// (end credentials by context)

// --- generic: assignments to secret-ish names, judged by the value ---
import { genericApiKey } from './generic-api-key';
import { genericPassword, genericPgpass } from './generic-password';
import { genericSecret } from './generic-secret';
import { genericToken } from './generic-token';
// (end generic)

export const providerRules: Rule[] = [
  // platforms
  ...awsRules, ...githubRules, ...gitlabRules, ...googleRules, ...gcpRules, ...azureRules, ...openaiRules,
  ...anthropicRules, ...huggingfaceRules, ...npmRules, ...pypiRules, ...dockerRules, ...digitaloceanRules,
  ...herokuRules, ...cloudflareRules, ...datadogRules, ...newrelicRules, ...sentryRules, ...atlassianRules,
  ...linearRules, ...notionRules, ...postmanRules, ...vaultRules, ...onepasswordRules, ...dopplerRules,
  ...terraformRules, ...pulumiRules, ...vercelRules, ...netlifyRules, ...supabaseRules, ...grafanaRules,
  ...databricksRules, ...oktaRules, ...alibabaRules, ...fastlyRules, ...ageRules, ...algoliaRules,
  ...bitbucketRules, ...groqRules, ...replicateRules, ...perplexityRules, ...xaiRules, ...rubygemsRules,
  ...nugetRules, ...cratesIoRules, ...buildkiteRules, ...prefectRules, ...planetscaleRules,
  ...sourcegraphRules, ...circleciRules, ...snykRules, ...flyioRules,
  ...openshiftRules, ...infracostRules, ...clojarsRules, ...clickhouseRules, ...readmeRules, ...scalingoRules,
  ...dynatraceRules, ...octopusDeployRules, ...artifactoryRules, ...harnessRules, ...sonarqubeRules,
  ...cohereRules,
  // services
  slackBotToken, slackUserToken, slackAppToken, slackConfigToken, slackConfigRefreshToken, slackWebhook,
  stripeSecretKey, stripeRestrictedKey, stripeWebhookSecret, twilioApiKey, twilioAuthToken, sendgridApiKey,
  mailgunApiKey, mailgunPrivateApiKey, mailchimpApiKey, shopifyAccessToken, shopifySharedSecret,
  squareAccessToken, squareOauthSecret, braintreeAccessToken, discordBotToken, discordWebhook,
  telegramBotToken, twitterBearerToken, facebookAccessToken, postmarkServerToken, plaidAccessToken,
  plaidSecret, mapboxSecretToken, fcmServerKey, dropboxAccessToken, figmaPat, airtablePat, asanaPat,
  contentfulPat, brevoApiKey, intercomAccessToken, zendeskApiToken, coinbaseApiSecret, privateKey, jwt,
  dbConnectionString, urlCredentials, httpBasicAuth, slackLegacyToken, teamsWebhook, resendApiKey, woocommerceApiKey,
  flutterwaveSecretKey, shippoApiToken, easypostApiKey, typeformPat, puttyPrivateKey, privateKeyTruncated,
  // credentials by context
  cliPassword, curlCredentials, apiKeyHeader, connectionStringPassword, mysqlDsn, oracleCredentials,
  credentialArguments, netrcPassword, passwordHash, kerberosHash,
  // generic
  genericPassword, genericPgpass, genericSecret, genericApiKey, genericToken,
];
