/**
 * Every string the components show or announce. English ships as the default; `zhCN` (Simplified
 * Chinese) is in `labels-zh-cn.ts`. Override any subset through a component's `labels` prop or
 * `KilnProvider`. Functions receive already-formatted values (sizes as "4 MB", times as "1:05").
 */
export interface KilnLabels {
  /** The button that opens the file picker. */
  choose: string;
  /** Under the button: the other ways in. */
  dropHint: string;
  /** The restrictions, shown before any upload. `types` is e.g. "PDF, DOCX, TXT". */
  restrictions: (p: { types: string; maxSize: string }) => string;
  /** Shown while a file is dragged over the drop zone. */
  dropNow: string;
  /** Announced and shown while uploading. */
  uploading: (p: { name: string; percent: number }) => string;
  /** Accessible name of the upload progress bar. */
  uploadProgress: string;
  cancel: string;
  retry: string;
  cancelled: string;
  /** The upload finished and the job was accepted. */
  uploaded: string;
  /** The link to the job's page after a successful upload. */
  viewJob: string;
  tooMany: string;
  tooLarge: (p: { name: string; maxSize: string }) => string;
  wrongType: (p: { name: string; types: string }) => string;
  emptyFile: (p: { name: string }) => string;
  networkError: string;
  /** A server error without a message of its own. */
  serverError: (p: { status: number }) => string;
  queued: string;
  processing: string;
  /** Elapsed time and attempt number while processing. */
  processingDetail: (p: { elapsed: string; attempt: number }) => string;
  retrying: (p: { attempt: number }) => string;
  /** The reason of the previous failed attempt, shown while retrying. */
  lastError: (p: { reason: string }) => string;
  failed: string;
  completed: string;
  uploadAgain: string;
  /** Accessible name of the job progress bar. */
  jobProgress: string;
  /** The status endpoint did not answer; polling continues. */
  statusUnavailable: string;
  /** The button under a result that deletes the job (shown where this browser holds its delete token). */
  deleteData: string;
  /** The confirm step's question. */
  deleteConfirm: string;
  /** The confirm step's button that deletes. */
  deleteConfirmYes: string;
  /** The confirm step's button that goes back. */
  deleteCancel: string;
  /** Shown on the confirm button while the request runs. */
  deleting: string;
  /** Replaces the result once the job is deleted. */
  deleted: string;
  /** The job was not there to delete (404): it expired, or was deleted already. */
  deleteGone: string;
  /** The server refused the delete token (401). */
  deleteRefused: string;
}

export const en: KilnLabels = {
  choose: 'Choose a file',
  dropHint: 'or drop it here, or paste it',
  restrictions: ({ types, maxSize }) => `One file: ${types}, up to ${maxSize}.`,
  dropNow: 'Drop the file to upload it',
  uploading: ({ name, percent }) => `Uploading ${name}: ${percent}%`,
  uploadProgress: 'Upload progress',
  cancel: 'Cancel upload',
  retry: 'Try again',
  cancelled: 'Upload cancelled.',
  uploaded: 'Uploaded. Processing has started.',
  viewJob: 'Follow the job',
  tooMany: 'Drop one file only.',
  tooLarge: ({ name, maxSize }) => `${name} is larger than ${maxSize}. Choose a smaller file.`,
  wrongType: ({ name, types }) => `${name} is not ${types} by its content. Save it as one of those and try again.`,
  emptyFile: ({ name }) => `${name} is empty.`,
  networkError: 'The upload did not reach the server. Check your connection and try again.',
  serverError: ({ status }) => `The server refused the upload (${status}).`,
  queued: 'Queued: waiting for a worker.',
  processing: 'Processing…',
  processingDetail: ({ elapsed, attempt }) => `${elapsed} elapsed · attempt ${attempt}`,
  retrying: ({ attempt }) => `Retrying (attempt ${attempt})…`,
  lastError: ({ reason }) => `The previous attempt failed: ${reason}`,
  failed: 'Failed.',
  completed: 'Done.',
  uploadAgain: 'Upload again',
  jobProgress: 'Job progress',
  statusUnavailable: 'The status could not be read just now; still trying.',
  deleteData: 'Delete my data',
  deleteConfirm: 'Delete the uploaded file and its analysis for good? This cannot be undone.',
  deleteConfirmYes: 'Yes, delete',
  deleteCancel: 'Keep it',
  deleting: 'Deleting…',
  deleted: 'Your file and its analysis were deleted. This page will show “not found” from now on.',
  deleteGone: 'There is nothing left to delete: the job has expired or was deleted already.',
  deleteRefused: 'This browser can no longer delete this job (its delete key was not accepted). Nothing was deleted.',
};

/** Fills the gaps of a partial override with the English defaults. */
export function mergeLabels(...layers: Array<Partial<KilnLabels> | undefined>): KilnLabels {
  return Object.assign({}, en, ...layers) as KilnLabels;
}
