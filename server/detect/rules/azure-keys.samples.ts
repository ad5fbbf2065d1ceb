import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'azure-search-key': {
    tps: [
      'AZURE_SEARCH_KEY=Wocdzfk0oppXRjrOqXOhoimLaLYVtKjhelTBZhzDKCAzSeC1gQ5x',
      'const azureSearchKey = "Wocdzfk0oppXRjrOqXOhoimLaLYVtKjhelTBZhzDKCAzSeC1gQ5x";',
      '{\n  "azure_search_key": "Wocdzfk0oppXRjrOqXOhoimLaLYVtKjhelTBZhzDKCAzSeC1gQ5x"\n}',
      'env:\n  AZURE_SEARCH_KEY: \'Wocdzfk0oppXRjrOqXOhoimLaLYVtKjhelTBZhzDKCAzSeC1gQ5x\'',
    ],
    fps: [
      'AZURE_SEARCH_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_SEARCH_KEY=your_token_here',
      'const azureSearchKey = process.env.AZURE_SEARCH_KEY;',
      'AZURE_SEARCH_KEY=Wocdzfk0oppXRjrOqXOhoimLaL',
    ],
  },
  'azure-storage-account-key': {
    tps: [
      'AZURE_STORAGE_KEY=GJfA9Ho3YgNWYG5z0/vyJiawzYA2koFdfwuWc2x3Mxpj+LS6tRzlkrKUaTsn61+UuHvoqETFdqtE+AStBVDVNz==',
      'const azureStorageKey = "GJfA9Ho3YgNWYG5z0/vyJiawzYA2koFdfwuWc2x3Mxpj+LS6tRzlkrKUaTsn61+UuHvoqETFdqtE+AStBVDVNz==";',
      '{\n  "azure_storage_key": "GJfA9Ho3YgNWYG5z0/vyJiawzYA2koFdfwuWc2x3Mxpj+LS6tRzlkrKUaTsn61+UuHvoqETFdqtE+AStBVDVNz=="\n}',
      'env:\n  AZURE_STORAGE_KEY: \'GJfA9Ho3YgNWYG5z0/vyJiawzYA2koFdfwuWc2x3Mxpj+LS6tRzlkrKUaTsn61+UuHvoqETFdqtE+AStBVDVNz==\'',
    ],
    fps: [
      'AZURE_STORAGE_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_STORAGE_KEY=your_token_here',
      'const azureStorageKey = process.env.AZURE_STORAGE_KEY;',
      'AZURE_STORAGE_KEY=GJfA9Ho3YgNWYG5z0/vyJiawzYA2koFdfwuWc2x3Mxpj',
    ],
  },
  'azure-cosmosdb-key': {
    tps: [
      'AZURE_COSMOS_KEY=tK/v7JShzTfCKjlngRtUoXYi1ayPvANBmfEuc8QN3LEkIHBtFIEhAmEeHZ09TTSnmZROeqvPwRgmACDbByPVrc==',
      'const azureCosmosKey = "tK/v7JShzTfCKjlngRtUoXYi1ayPvANBmfEuc8QN3LEkIHBtFIEhAmEeHZ09TTSnmZROeqvPwRgmACDbByPVrc==";',
      '{\n  "azure_cosmos_key": "tK/v7JShzTfCKjlngRtUoXYi1ayPvANBmfEuc8QN3LEkIHBtFIEhAmEeHZ09TTSnmZROeqvPwRgmACDbByPVrc=="\n}',
      'env:\n  AZURE_COSMOS_KEY: \'tK/v7JShzTfCKjlngRtUoXYi1ayPvANBmfEuc8QN3LEkIHBtFIEhAmEeHZ09TTSnmZROeqvPwRgmACDbByPVrc==\'',
    ],
    fps: [
      'AZURE_COSMOS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_COSMOS_KEY=your_token_here',
      'const azureCosmosKey = process.env.AZURE_COSMOS_KEY;',
      'AZURE_COSMOS_KEY=tK/v7JShzTfCKjlngRtUoXYi1ayPvANBmfEuc8QN3LEk',
    ],
  },
  'azure-function-key': {
    tps: [
      'AZURE_FUNCTION_KEY=-9NpwZ9ceFa4_eAJgKEgR6LxFHJTtFpoc-iSXHJgngpFAzFuBnjNqw==',
      'const azureFunctionKey = "-9NpwZ9ceFa4_eAJgKEgR6LxFHJTtFpoc-iSXHJgngpFAzFuBnjNqw==";',
      '{\n  "azure_function_key": "-9NpwZ9ceFa4_eAJgKEgR6LxFHJTtFpoc-iSXHJgngpFAzFuBnjNqw=="\n}',
      'env:\n  AZURE_FUNCTION_KEY: \'-9NpwZ9ceFa4_eAJgKEgR6LxFHJTtFpoc-iSXHJgngpFAzFuBnjNqw==\'',
    ],
    fps: [
      'AZURE_FUNCTION_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_FUNCTION_KEY=your_token_here',
      'const azureFunctionKey = process.env.AZURE_FUNCTION_KEY;',
      'AZURE_FUNCTION_KEY=-9NpwZ9ceFa4_eAJgKEgR6LxFHJT',
    ],
  },
  'azure-service-bus-key': {
    tps: [
      'AZURE_SERVICEBUS_KEY=b+QmJaBO5TJJ7T3hnYovaP6q9gDXMCpzV+ASbDGkmod=',
      'const azureServicebusKey = "b+QmJaBO5TJJ7T3hnYovaP6q9gDXMCpzV+ASbDGkmod=";',
      '{\n  "azure_servicebus_key": "b+QmJaBO5TJJ7T3hnYovaP6q9gDXMCpzV+ASbDGkmod="\n}',
      'env:\n  AZURE_SERVICEBUS_KEY: \'b+QmJaBO5TJJ7T3hnYovaP6q9gDXMCpzV+ASbDGkmod=\'',
    ],
    fps: [
      'AZURE_SERVICEBUS_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_SERVICEBUS_KEY=your_token_here',
      'const azureServicebusKey = process.env.AZURE_SERVICEBUS_KEY;',
      'AZURE_SERVICEBUS_KEY=b+QmJaBO5TJJ7T3hnYovaP',
    ],
  },
  'azure-event-hubs-key': {
    tps: [
      'AZURE_EVENTHUB_KEY=cfQcfzzUgmzzfFFF0yCKhodbg9xuvQL1O+AEhBHe5kR=',
      'const azureEventhubKey = "cfQcfzzUgmzzfFFF0yCKhodbg9xuvQL1O+AEhBHe5kR=";',
      '{\n  "azure_eventhub_key": "cfQcfzzUgmzzfFFF0yCKhodbg9xuvQL1O+AEhBHe5kR="\n}',
      'env:\n  AZURE_EVENTHUB_KEY: \'cfQcfzzUgmzzfFFF0yCKhodbg9xuvQL1O+AEhBHe5kR=\'',
    ],
    fps: [
      'AZURE_EVENTHUB_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_EVENTHUB_KEY=your_token_here',
      'const azureEventhubKey = process.env.AZURE_EVENTHUB_KEY;',
      'AZURE_EVENTHUB_KEY=cfQcfzzUgmzzfFFF0yCKho',
    ],
  },
  'azure-apim-key': {
    tps: [
      'AZURE_APIM_KEY=mjjQQ+uQTHOq0UvPT6+DQeyKiNg/pSNJFjncxjC2A/Buj1rE3Dy2Q2aNhULsq3A+1Qm58fKuVzLSAPIMCIlpP9==',
      'const azureApimKey = "mjjQQ+uQTHOq0UvPT6+DQeyKiNg/pSNJFjncxjC2A/Buj1rE3Dy2Q2aNhULsq3A+1Qm58fKuVzLSAPIMCIlpP9==";',
      '{\n  "azure_apim_key": "mjjQQ+uQTHOq0UvPT6+DQeyKiNg/pSNJFjncxjC2A/Buj1rE3Dy2Q2aNhULsq3A+1Qm58fKuVzLSAPIMCIlpP9=="\n}',
      'env:\n  AZURE_APIM_KEY: \'mjjQQ+uQTHOq0UvPT6+DQeyKiNg/pSNJFjncxjC2A/Buj1rE3Dy2Q2aNhULsq3A+1Qm58fKuVzLSAPIMCIlpP9==\'',
    ],
    fps: [
      'AZURE_APIM_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_APIM_KEY=your_token_here',
      'const azureApimKey = process.env.AZURE_APIM_KEY;',
      'AZURE_APIM_KEY=mjjQQ+uQTHOq0UvPT6+DQeyKiNg/pSNJFjncxjC2A/Bu',
    ],
  },
  'azure-container-registry-key': {
    tps: [
      'AZURE_ACR_PASSWORD=N3atrgNhTDCYA+oNgJkSQ89pyK0ioFncso18YAyIyI+ACRCcexFl',
      'const azureAcrPassword = "N3atrgNhTDCYA+oNgJkSQ89pyK0ioFncso18YAyIyI+ACRCcexFl";',
      '{\n  "azure_acr_password": "N3atrgNhTDCYA+oNgJkSQ89pyK0ioFncso18YAyIyI+ACRCcexFl"\n}',
      'env:\n  AZURE_ACR_PASSWORD: \'N3atrgNhTDCYA+oNgJkSQ89pyK0ioFncso18YAyIyI+ACRCcexFl\'',
    ],
    fps: [
      'AZURE_ACR_PASSWORD=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_ACR_PASSWORD=your_token_here',
      'const azureAcrPassword = process.env.AZURE_ACR_PASSWORD;',
      'AZURE_ACR_PASSWORD=N3atrgNhTDCYA+oNgJkSQ89pyK',
    ],
  },
  'azure-cognitive-services-key': {
    tps: [
      'AZURE_AI_SERVICES_KEY=8vfWl827UQKn5KFS6Bf1qfrZREobh1sYbW15Y7OlVf0SMJOFn9bzJQQJ99QDQhCLXJpeisq7IODNACOGahN5',
      'const azureAiServicesKey = "8vfWl827UQKn5KFS6Bf1qfrZREobh1sYbW15Y7OlVf0SMJOFn9bzJQQJ99QDQhCLXJpeisq7IODNACOGahN5";',
      '{\n  "azure_ai_services_key": "8vfWl827UQKn5KFS6Bf1qfrZREobh1sYbW15Y7OlVf0SMJOFn9bzJQQJ99QDQhCLXJpeisq7IODNACOGahN5"\n}',
      'env:\n  AZURE_AI_SERVICES_KEY: \'8vfWl827UQKn5KFS6Bf1qfrZREobh1sYbW15Y7OlVf0SMJOFn9bzJQQJ99QDQhCLXJpeisq7IODNACOGahN5\'',
    ],
    fps: [
      'AZURE_AI_SERVICES_KEY=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_AI_SERVICES_KEY=your_token_here',
      'const azureAiServicesKey = process.env.AZURE_AI_SERVICES_KEY;',
      'AZURE_AI_SERVICES_KEY=8vfWl827UQKn5KFS6Bf1qfrZREobh1sYbW15Y7OlVf',
    ],
  },
};
