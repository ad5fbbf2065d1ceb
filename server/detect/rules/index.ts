// Every built-in rule. Add a provider: `rules/<provider>.ts` exporting `<provider>Rules` (one array, the only export
// style), its samples in `rules/<provider>.samples.ts`, and one import and one spread here.
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
import { airtableRules } from './airtable';
import { asanaRules } from './asana';
import { braintreeRules } from './braintree';
import { brevoRules } from './brevo';
import { coinbaseRules } from './coinbase';
import { contentfulRules } from './contentful';
import { dbConnectionStringRules } from './db-connection-string';
import { discordRules } from './discord';
import { dropboxRules } from './dropbox';
import { easypostRules } from './easypost';
import { facebookRules } from './facebook';
import { figmaRules } from './figma';
import { firebaseRules } from './firebase';
import { flutterwaveRules } from './flutterwave';
import { intercomRules } from './intercom';
import { jwtRules } from './jwt';
import { mailchimpRules } from './mailchimp';
import { mailgunRules } from './mailgun';
import { mapboxRules } from './mapbox';
import { microsoftTeamsRules } from './microsoft-teams';
import { plaidRules } from './plaid';
import { postmarkRules } from './postmark';
import { privateKeyRules } from './private-key';
import { resendRules } from './resend';
import { sendgridRules } from './sendgrid';
import { shippoRules } from './shippo';
import { shopifyRules } from './shopify';
import { slackRules } from './slack';
import { squareRules } from './square';
import { stripeRules } from './stripe';
import { telegramRules } from './telegram';
import { twilioRules } from './twilio';
import { twitterRules } from './twitter';
import { typeformRules } from './typeform';
import { urlCredentialsRules } from './url-credentials';
import { httpBasicAuthRules } from './http-basic-auth';
import { woocommerceRules } from './woocommerce';
import { zendeskRules } from './zendesk';
// (end services)

// --- generic: assignments to secret-ish names, judged by the value ---
import { genericApiKeyRules } from './generic-api-key';
import { genericPasswordRules } from './generic-password';
import { genericSecretRules } from './generic-secret';
import { genericTokenRules } from './generic-token';
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
  ...slackRules, ...stripeRules, ...twilioRules, ...sendgridRules, ...mailgunRules, ...mailchimpRules,
  ...shopifyRules, ...squareRules, ...braintreeRules, ...discordRules, ...telegramRules, ...twitterRules,
  ...facebookRules, ...postmarkRules, ...plaidRules, ...mapboxRules, ...firebaseRules, ...dropboxRules,
  ...figmaRules, ...airtableRules, ...asanaRules, ...contentfulRules, ...brevoRules, ...intercomRules,
  ...zendeskRules, ...coinbaseRules, ...privateKeyRules, ...jwtRules, ...dbConnectionStringRules,
  ...urlCredentialsRules, ...httpBasicAuthRules, ...microsoftTeamsRules, ...resendRules, ...woocommerceRules,
  ...flutterwaveRules, ...shippoRules, ...easypostRules, ...typeformRules,
  // generic
  ...genericPasswordRules, ...genericSecretRules, ...genericApiKeyRules, ...genericTokenRules,
];
