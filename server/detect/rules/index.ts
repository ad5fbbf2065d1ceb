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

// --- long tail: SaaS vendors, by prefix or by the vendor name the value is assigned to ---
import { twitchRules } from './twitch';
import { azureDevopsRules } from './azure-devops';
import { azureKeysRules } from './azure-keys';
import { sumologicRules } from './sumologic';
import { truenasRules } from './truenas';
import { clockifyRules } from './clockify';
import { coinapiRules } from './coinapi';
import { eventbriteRules } from './eventbrite';
import { nimbleRules } from './nimble';
import { clickupRules } from './clickup';
import { auth0Rules } from './auth0';
import { djangoRules } from './django';
import { jwtSecretRules } from './jwt-secret';
import { elevenlabsRules } from './elevenlabs';
import { mistralRules } from './mistral';
import { togetherRules } from './together';
import { fireworksRules } from './fireworks';
import { deepseekRules } from './deepseek';
import { stabilityRules } from './stability';
import { falRules } from './fal';
import { wandbRules } from './wandb';
import { modalRules } from './modal';
import { azureOpenaiRules } from './azure-openai';
import { exaRules } from './exa';
import { serpapiRules } from './serpapi';
import { scrapingbeeRules } from './scrapingbee';
import { scraperapiRules } from './scraperapi';
import { apifyRules } from './apify';
import { posthogRules } from './posthog';
import { amplitudeRules } from './amplitude';
import { mixpanelRules } from './mixpanel';
import { segmentRules } from './segment';
import { customerioRules } from './customerio';
import { brazeRules } from './braze';
import { onesignalRules } from './onesignal';
import { mailersendRules } from './mailersend';
import { mandrillRules } from './mandrill';
import { mailjetRules } from './mailjet';
import { sparkpostRules } from './sparkpost';
import { mailtrapRules } from './mailtrap';
import { telnyxRules } from './telnyx';
import { vonageRules } from './vonage';
import { plivoRules } from './plivo';
import { messagebirdRules } from './messagebird';
import { pusherRules } from './pusher';
import { ablyRules } from './ably';
import { pubnubRules } from './pubnub';
import { agoraRules } from './agora';
import { zoomRules } from './zoom';
import { mattermostRules } from './mattermost';
import { gitterRules } from './gitter';
import { sendbirdRules } from './sendbird';
import { paddleRules } from './paddle';
import { duffelRules } from './duffel';
import { lobRules } from './lob';
import { mollieRules } from './mollie';
import { chargebeeRules } from './chargebee';
import { gocardlessRules } from './gocardless';
import { adyenRules } from './adyen';
import { razorpayRules } from './razorpay';
import { paystackRules } from './paystack';
import { checkoutRules } from './checkout';
import { paypalRules } from './paypal';
import { recurlyRules } from './recurly';
import { wiseRules } from './wise';
import { lithicRules } from './lithic';
import { finicityRules } from './finicity';
import { quickbooksRules } from './quickbooks';
import { xeroRules } from './xero';
import { freshbooksRules } from './freshbooks';
import { bigcommerceRules } from './bigcommerce';
import { squarespaceRules } from './squarespace';
import { klaviyoRules } from './klaviyo';
import { zohoRules } from './zoho';
import { salesforceRules } from './salesforce';
import { hubspotRules } from './hubspot';
import { pipedriveRules } from './pipedrive';
import { freshdeskRules } from './freshdesk';
import { driftRules } from './drift';
import { docusignRules } from './docusign';
import { dropboxSignRules } from './dropbox-sign';
import { pandadocRules } from './pandadoc';
import { ticketmasterRules } from './ticketmaster';
import { binanceRules } from './binance';
import { krakenRules } from './kraken';
import { kucoinRules } from './kucoin';
import { bitfinexRules } from './bitfinex';
import { alchemyRules } from './alchemy';
import { infuraRules } from './infura';
import { etherscanRules } from './etherscan';
import { coinmarketcapRules } from './coinmarketcap';
import { coingeckoRules } from './coingecko';
import { finnhubRules } from './finnhub';
import { alphavantageRules } from './alphavantage';
import { polygonRules } from './polygon';
import { twelvedataRules } from './twelvedata';
import { iexcloudRules } from './iexcloud';
import { newsapiRules } from './newsapi';
import { openrouterRules } from './openrouter';
import { langsmithRules } from './langsmith';
import { pineconeRules } from './pinecone';
import { tavilyRules } from './tavily';
import { nvidiaRules } from './nvidia';
import { cerebrasRules } from './cerebras';
import { langfuseRules } from './langfuse';
import { firecrawlRules } from './firecrawl';
import { e2bRules } from './e2b';
import { heliconeRules } from './helicone';
import { jinaRules } from './jina';
import { browserbaseRules } from './browserbase';
import { deepgramRules } from './deepgram';
import { assemblyaiRules } from './assemblyai';
// (end long tail)

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
  flutterwaveSecretKey, shippoApiToken, easypostApiKey, typeformPat, puttyPrivateKey,
  // long tail
  ...twitchRules,
  ...azureDevopsRules,
  ...azureKeysRules,
  ...sumologicRules,
  ...truenasRules,
  ...clockifyRules,
  ...coinapiRules,
  ...eventbriteRules,
  ...nimbleRules,
  ...clickupRules,
  ...auth0Rules,
  ...djangoRules,
  ...jwtSecretRules,
  ...elevenlabsRules,
  ...mistralRules,
  ...togetherRules,
  ...fireworksRules,
  ...deepseekRules,
  ...stabilityRules,
  ...falRules,
  ...wandbRules,
  ...modalRules,
  ...azureOpenaiRules,
  ...exaRules,
  ...serpapiRules,
  ...scrapingbeeRules,
  ...scraperapiRules,
  ...apifyRules,
  ...posthogRules,
  ...amplitudeRules,
  ...mixpanelRules,
  ...segmentRules,
  ...customerioRules,
  ...brazeRules,
  ...onesignalRules,
  ...mailersendRules,
  ...mandrillRules,
  ...mailjetRules,
  ...sparkpostRules,
  ...mailtrapRules,
  ...telnyxRules,
  ...vonageRules,
  ...plivoRules,
  ...messagebirdRules,
  ...pusherRules,
  ...ablyRules,
  ...pubnubRules,
  ...agoraRules,
  ...zoomRules,
  ...mattermostRules,
  ...gitterRules,
  ...sendbirdRules,
  ...paddleRules,
  ...duffelRules,
  ...lobRules,
  ...mollieRules,
  ...chargebeeRules,
  ...gocardlessRules,
  ...adyenRules,
  ...razorpayRules,
  ...paystackRules,
  ...checkoutRules,
  ...paypalRules,
  ...recurlyRules,
  ...wiseRules,
  ...lithicRules,
  ...finicityRules,
  ...quickbooksRules,
  ...xeroRules,
  ...freshbooksRules,
  ...bigcommerceRules,
  ...squarespaceRules,
  ...klaviyoRules,
  ...zohoRules,
  ...salesforceRules,
  ...hubspotRules,
  ...pipedriveRules,
  ...freshdeskRules,
  ...driftRules,
  ...docusignRules,
  ...dropboxSignRules,
  ...pandadocRules,
  ...ticketmasterRules,
  ...binanceRules,
  ...krakenRules,
  ...kucoinRules,
  ...bitfinexRules,
  ...alchemyRules,
  ...infuraRules,
  ...etherscanRules,
  ...coinmarketcapRules,
  ...coingeckoRules,
  ...finnhubRules,
  ...alphavantageRules,
  ...polygonRules,
  ...twelvedataRules,
  ...iexcloudRules,
  ...newsapiRules,
  ...openrouterRules,
  ...langsmithRules,
  ...pineconeRules,
  ...tavilyRules,
  ...nvidiaRules,
  ...cerebrasRules,
  ...langfuseRules,
  ...firecrawlRules,
  ...e2bRules,
  ...heliconeRules,
  ...jinaRules,
  ...browserbaseRules,
  ...deepgramRules,
  ...assemblyaiRules,
  // (end long-tail rules)
  // generic
  genericPassword, genericPgpass, genericSecret, genericApiKey, genericToken,
];
