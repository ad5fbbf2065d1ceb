import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'yelp-api-key': {
    tps: [
      'YELP_API_KEY=z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W',
      'const yelpApiKey = "z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W";',
      '{ "yelpApiKey": "z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W" }',
      'yelp_api_key: \'z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W\'',
    ],
    fps: [
      'YELP_API_KEY=${YELP_API_KEY}',
      'YELP_API_KEY=xxxxxxxxxxxxxxxxxx-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx_xxxxxxxxx_x-xxxxxxxxxxxxxxxxxxxx_xxxx_xxxxxxxxxxxxxxxx_xxxxxxxxxxxxxx',
      'YELP_API_KEY=z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQ',
      'YELP_ACCOUNT_ID=z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W',
      'YELP_API_KEY_ID=z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W',
      'const requestId = "z0gbKH6sPEQgLwMTLj-GZp23EU8WfN5kOBjEQu84KsJBjI2En6EcqLLOOr_svxBQQoV9_Y-zIxbUxNZaVRpJgwUtm4T_VoDn_xkQgzJzpIAFU1hC2_hkrtSiA5uRW53W";',
    ],
  },
};
