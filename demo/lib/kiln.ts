import { defineKiln } from '@kiln/handlers';
import { cvJob } from './cv-job';
import { CV_MAX_BYTES } from './cv-job-settings';

/**
 * The demo's one Kiln configuration, shared by every route and the worker. With no cloud variables
 * set it runs on the embedded default: SQLite and files under demo/.kiln.
 */
export const kiln = defineKiln({ job: cvJob, maxDirectUploadBytes: CV_MAX_BYTES });
