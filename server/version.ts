// The one version number and project address: package.json's, bundled at build time (esbuild keeps only these).
export { version as VERSION, homepage as HOMEPAGE } from '../package.json';
