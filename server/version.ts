// The one version number: package.json's, bundled at build time (esbuild keeps only this field).
export { version as VERSION } from '../package.json';
