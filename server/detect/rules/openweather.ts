// OpenWeather API keys: 32 hex with no prefix, so only under an OpenWeather name.
import { namedRule } from './named-rule';

export const openweatherApiKey = namedRule({
  id: 'openweather-api-key',
  provider: 'OpenWeather',
  description: 'OpenWeather API key',
  keywords: ['openweather', 'owm_', 'owm-'],
  name: 'openweather(?:map)?|owm',
  value: '[a-f0-9]{32}',
  envVar: 'OPENWEATHER_API_KEY',
  docs: 'https://openweathermap.org/appid',
});

export const openweatherRules = [openweatherApiKey];
