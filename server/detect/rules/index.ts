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

// --- credentials by context: command lines, headers, connection strings, credential calls, password hashes ---
import { apiKeyHeaderRules } from './api-key-header';
import { cliPasswordRules } from './cli-password';
import { secureStringRules } from './secure-string';
import { connectionStringPasswordRules } from './connection-string-password';
import { credentialArgumentsRules } from './credential-arguments';
import { curlCredentialsRules } from './curl-credentials';
import { kerberosHashRules } from './kerberos-hash';
import { mysqlDsnRules } from './mysql-dsn';
import { netrcPasswordRules } from './netrc-password';
import { oracleCredentialsRules } from './oracle-credentials';
import { passwordHashRules } from './password-hash';
import { privateKeyTruncatedRules } from './private-key-truncated';
// (end credentials by context)

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
import { renderRules } from './render';
import { neonRules } from './neon';
import { cockroachdbRules } from './cockroachdb';
import { dbtRules } from './dbt';
import { xataRules } from './xata';
import { appwriteRules } from './appwrite';
import { upstashRules } from './upstash';
import { faunaRules } from './fauna';
import { mongodbAtlasRules } from './mongodb-atlas';
import { linodeRules } from './linode';
import { vultrRules } from './vultr';
import { hetznerRules } from './hetzner';
import { scalewayRules } from './scaleway';
import { exoscaleRules } from './exoscale';
import { ibmCloudRules } from './ibm-cloud';
import { backblazeRules } from './backblaze';
import { tencentRules } from './tencent';
import { yandexRules } from './yandex';
import { cloudinaryRules } from './cloudinary';
import { imagekitRules } from './imagekit';
import { uploadcareRules } from './uploadcare';
import { akamaiRules } from './akamai';
import { honeybadgerRules } from './honeybadger';
import { checklyRules } from './checkly';
import { portainerRules } from './portainer';
import { metabaseRules } from './metabase';
import { rancherRules } from './rancher';
import { tailscaleRules } from './tailscale';
import { ngrokRules } from './ngrok';
import { jenkinsRules } from './jenkins';
import { droneRules } from './drone';
import { travisRules } from './travis';
import { codecovRules } from './codecov';
import { coverallsRules } from './coveralls';
import { codeclimateRules } from './codeclimate';
import { semgrepRules } from './semgrep';
import { quayRules } from './quay';
import { giteaRules } from './gitea';
import { gradleRules } from './gradle';
import { hexpmRules } from './hexpm';
import { cloudsmithRules } from './cloudsmith';
import { packagecloudRules } from './packagecloud';
import { launchdarklyRules } from './launchdarkly';
import { flagsmithRules } from './flagsmith';
import { statsigRules } from './statsig';
import { rapidapiRules } from './rapidapi';
import { trelloRules } from './trello';
import { shortcutRules } from './shortcut';
import { pivotalRules } from './pivotal';
import { todoistRules } from './todoist';
import { togglRules } from './toggl';
import { harvestRules } from './harvest';
import { smartsheetRules } from './smartsheet';
import { jotformRules } from './jotform';
import { zapierRules } from './zapier';
import { iftttRules } from './ifttt';
import { webflowRules } from './webflow';
import { sanityRules } from './sanity';
import { ghostRules } from './ghost';
import { storyblokRules } from './storyblok';
import { datocmsRules } from './datocms';
import { strapiRules } from './strapi';
import { gumroadRules } from './gumroad';
import { codaRules } from './coda';
import { honeycombRules } from './honeycomb';
import { splunkRules } from './splunk';
import { logglyRules } from './loggly';
import { papertrailRules } from './papertrail';
import { logzioRules } from './logzio';
import { betterstackRules } from './betterstack';
import { rollbarRules } from './rollbar';
import { bugsnagRules } from './bugsnag';
import { airbrakeRules } from './airbrake';
import { instanaRules } from './instana';
import { pagerdutyRules } from './pagerduty';
import { opsgenieRules } from './opsgenie';
import { statuspageRules } from './statuspage';
import { uptimerobotRules } from './uptimerobot';
import { cronitorRules } from './cronitor';
import { coralogixRules } from './coralogix';
import { keycloakRules } from './keycloak';
import { oneloginRules } from './onelogin';
import { duoRules } from './duo';
import { jumpcloudRules } from './jumpcloud';
import { clerkRules } from './clerk';
import { stytchRules } from './stytch';
import { zerotierRules } from './zerotier';
import { linkedinRules } from './linkedin';
import { spotifyRules } from './spotify';
import { vimeoRules } from './vimeo';
import { redditRules } from './reddit';
import { instagramRules } from './instagram';
import { foursquareRules } from './foursquare';
import { yelpRules } from './yelp';
import { riotRules } from './riot';
import { steamRules } from './steam';
import { patreonRules } from './patreon';
import { dribbbleRules } from './dribbble';
import { adobeRules } from './adobe';
import { arcgisRules } from './arcgis';
import { geoapifyRules } from './geoapify';
import { opencageRules } from './opencage';
import { tomtomRules } from './tomtom';
import { openweatherRules } from './openweather';
import { tomorrowIoRules } from './tomorrow-io';
import { accuweatherRules } from './accuweather';
import { ipinfoRules } from './ipinfo';
import { ipstackRules } from './ipstack';
import { ipgeolocationRules } from './ipgeolocation';
import { abstractapiRules } from './abstractapi';
import { zyteRules } from './zyte';
import { meilisearchRules } from './meilisearch';
import { typesenseRules } from './typesense';
import { shodanRules } from './shodan';
import { censysRules } from './censys';
import { virustotalRules } from './virustotal';
import { urlscanRules } from './urlscan';
import { abuseipdbRules } from './abuseipdb';
import { securitytrailsRules } from './securitytrails';
import { hunterRules } from './hunter';
import { hibpRules } from './hibp';
import { clearbitRules } from './clearbit';
// (end long tail)

// --- generic: assignments to secret-ish names, judged by the value ---
import { genericApiKeyRules } from './generic-api-key';
import { genericPasswordRules } from './generic-password';
import { genericSqlPasswordRules } from './generic-sql-password';
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
  // credentials by context
  ...cliPasswordRules, ...secureStringRules, ...curlCredentialsRules, ...apiKeyHeaderRules, ...connectionStringPasswordRules,
  ...mysqlDsnRules, ...oracleCredentialsRules, ...credentialArgumentsRules, ...netrcPasswordRules,
  ...passwordHashRules, ...kerberosHashRules, ...privateKeyTruncatedRules,
  // long tail
  ...twitchRules, ...azureDevopsRules, ...azureKeysRules, ...sumologicRules, ...truenasRules, ...clockifyRules,
  ...coinapiRules, ...eventbriteRules, ...nimbleRules, ...clickupRules, ...auth0Rules, ...djangoRules,
  ...jwtSecretRules, ...elevenlabsRules, ...mistralRules, ...togetherRules, ...fireworksRules, ...deepseekRules,
  ...stabilityRules, ...falRules, ...wandbRules, ...modalRules, ...azureOpenaiRules, ...exaRules, ...serpapiRules,
  ...scrapingbeeRules, ...scraperapiRules, ...apifyRules, ...posthogRules, ...amplitudeRules, ...mixpanelRules,
  ...segmentRules, ...customerioRules, ...brazeRules, ...onesignalRules, ...mailersendRules, ...mandrillRules,
  ...mailjetRules, ...sparkpostRules, ...mailtrapRules, ...telnyxRules, ...vonageRules, ...plivoRules,
  ...messagebirdRules, ...pusherRules, ...ablyRules, ...pubnubRules, ...agoraRules, ...zoomRules, ...mattermostRules,
  ...gitterRules, ...sendbirdRules, ...paddleRules, ...duffelRules, ...lobRules, ...mollieRules, ...chargebeeRules,
  ...gocardlessRules, ...adyenRules, ...razorpayRules, ...paystackRules, ...checkoutRules, ...paypalRules,
  ...recurlyRules, ...wiseRules, ...lithicRules, ...finicityRules, ...quickbooksRules, ...xeroRules,
  ...freshbooksRules, ...bigcommerceRules, ...squarespaceRules, ...klaviyoRules, ...zohoRules, ...salesforceRules,
  ...hubspotRules, ...pipedriveRules, ...freshdeskRules, ...driftRules, ...docusignRules, ...dropboxSignRules,
  ...pandadocRules, ...ticketmasterRules, ...binanceRules, ...krakenRules, ...kucoinRules, ...bitfinexRules,
  ...alchemyRules, ...infuraRules, ...etherscanRules, ...coinmarketcapRules, ...coingeckoRules, ...finnhubRules,
  ...alphavantageRules, ...polygonRules, ...twelvedataRules, ...iexcloudRules, ...newsapiRules, ...openrouterRules,
  ...langsmithRules, ...pineconeRules, ...tavilyRules, ...nvidiaRules, ...cerebrasRules, ...langfuseRules,
  ...firecrawlRules, ...e2bRules, ...heliconeRules, ...jinaRules, ...browserbaseRules, ...deepgramRules,
  ...assemblyaiRules, ...renderRules, ...neonRules, ...cockroachdbRules, ...dbtRules, ...xataRules, ...appwriteRules,
  ...upstashRules, ...faunaRules, ...mongodbAtlasRules, ...linodeRules, ...vultrRules, ...hetznerRules,
  ...scalewayRules, ...exoscaleRules, ...ibmCloudRules, ...backblazeRules, ...tencentRules, ...yandexRules,
  ...cloudinaryRules, ...imagekitRules, ...uploadcareRules, ...akamaiRules, ...honeybadgerRules, ...checklyRules,
  ...portainerRules, ...metabaseRules, ...rancherRules, ...tailscaleRules, ...ngrokRules, ...jenkinsRules,
  ...droneRules, ...travisRules, ...codecovRules, ...coverallsRules, ...codeclimateRules, ...semgrepRules,
  ...quayRules, ...giteaRules, ...gradleRules, ...hexpmRules, ...cloudsmithRules, ...packagecloudRules,
  ...launchdarklyRules, ...flagsmithRules, ...statsigRules, ...rapidapiRules, ...trelloRules, ...shortcutRules,
  ...pivotalRules, ...todoistRules, ...togglRules, ...harvestRules, ...smartsheetRules, ...jotformRules,
  ...zapierRules, ...iftttRules, ...webflowRules, ...sanityRules, ...ghostRules, ...storyblokRules, ...datocmsRules,
  ...strapiRules, ...gumroadRules, ...codaRules, ...honeycombRules, ...splunkRules, ...logglyRules,
  ...papertrailRules, ...logzioRules, ...betterstackRules, ...rollbarRules, ...bugsnagRules, ...airbrakeRules,
  ...instanaRules, ...pagerdutyRules, ...opsgenieRules, ...statuspageRules, ...uptimerobotRules, ...cronitorRules,
  ...coralogixRules, ...keycloakRules, ...oneloginRules, ...duoRules, ...jumpcloudRules, ...clerkRules,
  ...stytchRules, ...zerotierRules, ...linkedinRules, ...spotifyRules, ...vimeoRules, ...redditRules,
  ...instagramRules, ...foursquareRules, ...yelpRules, ...riotRules, ...steamRules, ...patreonRules,
  ...dribbbleRules, ...adobeRules, ...arcgisRules, ...geoapifyRules, ...opencageRules, ...tomtomRules,
  ...openweatherRules, ...tomorrowIoRules, ...accuweatherRules, ...ipinfoRules, ...ipstackRules,
  ...ipgeolocationRules, ...abstractapiRules, ...zyteRules, ...meilisearchRules, ...typesenseRules, ...shodanRules,
  ...censysRules, ...virustotalRules, ...urlscanRules, ...abuseipdbRules, ...securitytrailsRules, ...hunterRules,
  ...hibpRules, ...clearbitRules,
  // (end long-tail rules)
  // generic
  ...genericPasswordRules, ...genericSqlPasswordRules, ...genericSecretRules, ...genericApiKeyRules, ...genericTokenRules,
];
