// What bin/backcare.js takes from dist/launch.cjs: the loader of every other
// bundle, and the early exit once a command is done.
export { createBundleLoader } from './bundle-loader.js';
export { exitWhenIdle } from './quick-exit.js';
