import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'azure-devops-pat': {
    tps: [
      'AZURE_DEVOPS_PAT=a0CWMw1LRpcCfJdhjZCIVLy9OFXoGJqr06xOVR0XTiDLJxyBzdBLJQQJ99WBoICJNWZrsbjWHs2tAZDOIMOH',
      'const azureDevopsPat = "a0CWMw1LRpcCfJdhjZCIVLy9OFXoGJqr06xOVR0XTiDLJxyBzdBLJQQJ99WBoICJNWZrsbjWHs2tAZDOIMOH";',
      '{\n  "azure_devops_pat": "a0CWMw1LRpcCfJdhjZCIVLy9OFXoGJqr06xOVR0XTiDLJxyBzdBLJQQJ99WBoICJNWZrsbjWHs2tAZDOIMOH"\n}',
      'env:\n  AZURE_DEVOPS_PAT: \'a0CWMw1LRpcCfJdhjZCIVLy9OFXoGJqr06xOVR0XTiDLJxyBzdBLJQQJ99WBoICJNWZrsbjWHs2tAZDOIMOH\'',
    ],
    fps: [
      'AZURE_DEVOPS_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_DEVOPS_PAT=your_token_here',
      'const azureDevopsPat = process.env.AZURE_DEVOPS_PAT;',
      'AZURE_DEVOPS_PAT=a0CWMw1LRpcCfJdhjZCIVLy9OFXoGJqr06xOVR0XTi',
    ],
  },
  'azure-devops-pat-legacy': {
    tps: [
      'AZURE_DEVOPS_PAT=566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr',
      'const azureDevopsPat = "566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr";',
      '{ "azureDevopsPat": "566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr" }',
      'azure_devops_pat: \'566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr\'',
    ],
    fps: [
      'AZURE_DEVOPS_PAT=${AZURE_DEVOPS_PAT}',
      'AZURE_DEVOPS_PAT=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'AZURE_DEVOPS_PAT=566jxa6rujpsp2baz54u35aejx',
      'AZURE_ACCOUNT_ID=566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr',
      'AZURE_DEVOPS_PAT_ID=566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr',
      'const requestId = "566jxa6rujpsp2baz54u35aejxgcgzc54qdp4pafnchxc4fqxxvr";',
    ],
  },
};
