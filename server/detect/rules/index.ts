// Every built-in provider rule. Add a rule = add one file beside this one and list it here.
import type { Rule } from '../rule';

// --- platforms: cloud, source hosting, package registries, AI, developer SaaS ---
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
import { facebookAccessToken } from './facebook';
import { figmaPat } from './figma';
import { fcmServerKey } from './firebase';
import { intercomAccessToken } from './intercom';
import { jwt } from './jwt';
import { mailchimpApiKey } from './mailchimp';
import { mailgunApiKey, mailgunPrivateApiKey } from './mailgun';
import { mapboxSecretToken } from './mapbox';
import { plaidAccessToken, plaidSecret } from './plaid';
import { postmarkServerToken } from './postmark';
import { privateKey } from './private-key';
import { sendgridApiKey } from './sendgrid';
import { shopifyAccessToken, shopifySharedSecret } from './shopify';
import { slackAppToken, slackBotToken, slackConfigRefreshToken, slackConfigToken, slackUserToken, slackWebhook } from './slack';
import { squareAccessToken, squareOauthSecret } from './square';
import { stripeRestrictedKey, stripeSecretKey, stripeWebhookSecret } from './stripe';
import { telegramBotToken } from './telegram';
import { twilioApiKey, twilioAuthToken } from './twilio';
import { twitterBearerToken } from './twitter';
import { urlCredentials } from './url-credentials';
import { zendeskApiToken } from './zendesk';
// (end services)

// --- generic: assignments to secret-ish names, judged by the value ---
import { genericApiKey } from './generic-api-key';
import { genericPassword, genericPgpass } from './generic-password';
import { genericSecret } from './generic-secret';
import { genericToken } from './generic-token';
// (end generic)

export const providerRules: Rule[] = [
  // platforms
  // services
  slackBotToken, slackUserToken, slackAppToken, slackConfigToken, slackConfigRefreshToken, slackWebhook,
  stripeSecretKey, stripeRestrictedKey, stripeWebhookSecret, twilioApiKey, twilioAuthToken, sendgridApiKey,
  mailgunApiKey, mailgunPrivateApiKey, mailchimpApiKey, shopifyAccessToken, shopifySharedSecret,
  squareAccessToken, squareOauthSecret, braintreeAccessToken, discordBotToken, discordWebhook,
  telegramBotToken, twitterBearerToken, facebookAccessToken, postmarkServerToken, plaidAccessToken,
  plaidSecret, mapboxSecretToken, fcmServerKey, dropboxAccessToken, figmaPat, airtablePat, asanaPat,
  contentfulPat, brevoApiKey, intercomAccessToken, zendeskApiToken, coinbaseApiSecret, privateKey, jwt,
  dbConnectionString, urlCredentials,
  // generic
  genericPassword, genericPgpass, genericSecret, genericApiKey, genericToken,
];
