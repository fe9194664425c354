export { compileCms, DATABASES, type Database, type RunningCms, startCms } from '../../scripts/lib/embedded-cms.ts';
