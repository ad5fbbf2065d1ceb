import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'arcgis-api-key': {
    tps: [
      'ARCGIS_API_KEY=AAPKSXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGglaAs1hws04B1CZj7K2MY4jv5ViWws_THfC7HvDdYD3jjqcAe-dVPQ5Nm23IYh7Kjo8MMUQQD19-0UmXuTdzz37mNqRp8WPc12ZH7m',
      'const arcgisApiKey = "AAPKSXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGglaAs1hws04B1CZj7K2MY4jv5ViWws_THfC7HvDdYD3jjqcAe-dVPQ5Nm23IYh7Kjo8MMUQQD19-0UmXuTdzz37mNqRp8WPc12ZH7m";',
      '{\n  "arcgis_api_key": "AAPKSXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGglaAs1hws04B1CZj7K2MY4jv5ViWws_THfC7HvDdYD3jjqcAe-dVPQ5Nm23IYh7Kjo8MMUQQD19-0UmXuTdzz37mNqRp8WPc12ZH7m"\n}',
      'env:\n  ARCGIS_API_KEY: \'AAPKSXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGglaAs1hws04B1CZj7K2MY4jv5ViWws_THfC7HvDdYD3jjqcAe-dVPQ5Nm23IYh7Kjo8MMUQQD19-0UmXuTdzz37mNqRp8WPc12ZH7m\'',
    ],
    fps: [
      'ARCGIS_API_KEY=AAPKxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'ARCGIS_API_KEY=AAPKyour_token_here',
      'const arcgisApiKey = process.env.ARCGIS_API_KEY;',
      'ARCGIS_API_KEY=AAPKSXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGgl',
      'ARCGIS_API_KEY=SXrnLjtYPBhOBrC8EEi8JTwOiEccFymcCUSCbGglaAs1hws04B1CZj7K2MY4jv5ViWws_THfC7HvDdYD3jjqcAe-dVPQ5Nm23IYh7Kjo8MMUQQD19-0UmXuTdzz37mNqRp8WPc12ZH7m',
    ],
  },
};
