/**
 * The area audit off the main thread: auditAtlas() intersects every plan
 * polygon with the 12 districts, about 3 s on the city layers (measured in Node),
 * too long to freeze the page. Could join analysis.worker.ts's API later.
 */
import { expose } from 'comlink';
import { auditAtlas } from '../../analysis/audit';

const api = { auditAtlas };
export type AuditWorkerApi = typeof api;

expose(api);
