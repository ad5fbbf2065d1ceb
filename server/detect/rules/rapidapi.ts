// RapidAPI keys: 50 alphanumerics with no prefix, so only under a RapidAPI name (or its header).
import { namedRule } from './named-rule';

export const rapidapiKey = namedRule({
  id: 'rapidapi-key',
  provider: 'RapidAPI',
  description: 'RapidAPI key',
  keywords: ['rapidapi', 'rapid_api', 'x-rapidapi-key'],
  name: 'rapid[_.-]?api|x-rapidapi',
  value: '[A-Za-z0-9]{50}',
  envVar: 'RAPIDAPI_KEY',
  docs: 'https://docs.rapidapi.com/docs/keys-and-key-rotation',
});

export const rapidapiRules = [rapidapiKey];
