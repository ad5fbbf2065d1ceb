import type { RuleSamples } from '../rule';

export const samples: RuleSamples = {
  'cloudinary-url': {
    tps: [
      'CLOUDINARY_URL=cloudinary://198727318555152:YUzaygBwBDNb9CLpiYhRv076fyq@sxsdfimb',
      'const cloudinaryUrl = "cloudinary://198727318555152:YUzaygBwBDNb9CLpiYhRv076fyq@sxsdfimb";',
      '{\n  "cloudinary_url": "cloudinary://198727318555152:YUzaygBwBDNb9CLpiYhRv076fyq@sxsdfimb"\n}',
      'env:\n  CLOUDINARY_URL: \'cloudinary://198727318555152:YUzaygBwBDNb9CLpiYhRv076fyq@sxsdfimb\'',
    ],
    fps: [
      'CLOUDINARY_URL=cloudinary://xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
      'CLOUDINARY_URL=cloudinary://your_token_here',
      'const cloudinaryUrl = process.env.CLOUDINARY_URL;',
      'CLOUDINARY_URL=cloudinary://198727318555152:YUzaygBwBD',
      'CLOUDINARY_URL=198727318555152:YUzaygBwBDNb9CLpiYhRv076fyq@sxsdfimb',
    ],
  },
};
