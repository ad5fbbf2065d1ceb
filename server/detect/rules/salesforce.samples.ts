import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'salesforce-access-token': {
    tps: [
      'SALESFORCE_ACCESS_TOKEN=00Drza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544PuAyz9wdbmWshLqDb_7LaeoHJTe4t1tMispubdOk9atVp36qWM0cfJh07sCeiWxQMI',
      'const salesforceAccessToken = "00Drza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544PuAyz9wdbmWshLqDb_7LaeoHJTe4t1tMispubdOk9atVp36qWM0cfJh07sCeiWxQMI";',
      '{\n  "salesforce_access_token": "00Drza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544PuAyz9wdbmWshLqDb_7LaeoHJTe4t1tMispubdOk9atVp36qWM0cfJh07sCeiWxQMI"\n}',
      'env:\n  SALESFORCE_ACCESS_TOKEN: \'00Drza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544PuAyz9wdbmWshLqDb_7LaeoHJTe4t1tMispubdOk9atVp36qWM0cfJh07sCeiWxQMI\'',
    ],
    fps: [
      'SALESFORCE_ACCESS_TOKEN=00Dxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'SALESFORCE_ACCESS_TOKEN=00Dyour_token_here',
      'const salesforceAccessToken = process.env.SALESFORCE_ACCESS_TOKEN;',
      'SALESFORCE_ACCESS_TOKEN=00Drza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544Pu',
      'SALESFORCE_ACCESS_TOKEN=rza0tUCrkSqir6!T.7BErNO6am4zy84.xMx9BEnD96CIP9544PuAyz9wdbmWshLqDb_7LaeoHJTe4t1tMispubdOk9atVp36qWM0cfJh07sCeiWxQMI',
    ],
  },
};
