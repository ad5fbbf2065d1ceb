// Eventbrite private tokens: 20 upper-case alphanumerics, no prefix, so only under an Eventbrite name.
import { namedRule } from './named-rule';

export const eventbritePrivateToken = namedRule({
  id: 'eventbrite-private-token',
  provider: 'Eventbrite',
  description: 'Eventbrite private token',
  keywords: ['eventbrite'],
  name: 'eventbrite',
  value: '[A-Z0-9]{20}',
  envVar: 'EVENTBRITE_TOKEN',
  docs: 'https://www.eventbrite.com/platform/api#/introduction/authentication',
});

export const eventbriteRules = [eventbritePrivateToken];
