import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'instagram-access-token': {
    tps: [
      'INSTAGRAM_ACCESS_TOKEN=IGQVOnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRfnw_8VBrqwEwjmrpDgVNAif6Ktfs4nU_ewLjGYmTLuWUEs72Gxs7iHXHdJHFJhsUkkQ5vQcSNaVd2WL_AemG9EcS-A_P30Jpmw_FdsRIJVc5--Kip4i24QtNYMzningV-LJOBCCJnqlTivOimBdNLES',
      'const instagramAccessToken = "IGQVOnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRfnw_8VBrqwEwjmrpDgVNAif6Ktfs4nU_ewLjGYmTLuWUEs72Gxs7iHXHdJHFJhsUkkQ5vQcSNaVd2WL_AemG9EcS-A_P30Jpmw_FdsRIJVc5--Kip4i24QtNYMzningV-LJOBCCJnqlTivOimBdNLES";',
      '{\n  "instagram_access_token": "IGQVOnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRfnw_8VBrqwEwjmrpDgVNAif6Ktfs4nU_ewLjGYmTLuWUEs72Gxs7iHXHdJHFJhsUkkQ5vQcSNaVd2WL_AemG9EcS-A_P30Jpmw_FdsRIJVc5--Kip4i24QtNYMzningV-LJOBCCJnqlTivOimBdNLES"\n}',
      'env:\n  INSTAGRAM_ACCESS_TOKEN: \'IGQVOnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRfnw_8VBrqwEwjmrpDgVNAif6Ktfs4nU_ewLjGYmTLuWUEs72Gxs7iHXHdJHFJhsUkkQ5vQcSNaVd2WL_AemG9EcS-A_P30Jpmw_FdsRIJVc5--Kip4i24QtNYMzningV-LJOBCCJnqlTivOimBdNLES\'',
    ],
    fps: [
      'INSTAGRAM_ACCESS_TOKEN=IGQVxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'INSTAGRAM_ACCESS_TOKEN=IGQVyour_token_here',
      'const instagramAccessToken = process.env.INSTAGRAM_ACCESS_TOKEN;',
      'INSTAGRAM_ACCESS_TOKEN=IGQVOnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRf',
      'INSTAGRAM_ACCESS_TOKEN=OnPqAYUCWbYsa4sm2-4YG7Irr1YfbAqBTnwqBe3dbXJSpJPIRfnw_8VBrqwEwjmrpDgVNAif6Ktfs4nU_ewLjGYmTLuWUEs72Gxs7iHXHdJHFJhsUkkQ5vQcSNaVd2WL_AemG9EcS-A_P30Jpmw_FdsRIJVc5--Kip4i24QtNYMzningV-LJOBCCJnqlTivOimBdNLES',
    ],
  },
};
