// AccuWeather API keys: 32 alphanumerics with no prefix, so only under an AccuWeather name.
import { namedRule } from './named-rule';

export const accuweatherApiKey = namedRule({
  id: 'accuweather-api-key',
  provider: 'AccuWeather',
  description: 'AccuWeather API key',
  keywords: ['accuweather'],
  name: 'accuweather',
  value: '[A-Za-z0-9]{32}',
  envVar: 'ACCUWEATHER_API_KEY',
  docs: 'https://developer.accuweather.com/getting-started',
});

export const accuweatherRules = [accuweatherApiKey];
