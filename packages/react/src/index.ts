/**
 * @kiln/react: the browser side of Kiln. Components and hooks carry `'use client'` in their own files;
 * this index, the labels and the pure helpers are safe to import from server code.
 */
export { UploadWidget, type UploadWidgetProps } from './upload-widget';
export { useJob, JobPollError, type UseJobOptions, type UseJobResult } from './use-job';
export { JobStatus, type JobStatusProps } from './job-status';
export { JobResult, type JobResultProps } from './job-result';
export { DeletableResult, type DeletableResultProps } from './delete-job';
export { forgetDeleteToken, readDeleteToken, rememberDeleteToken, type DeleteTokenStorage } from './delete-token';
export { KilnProvider, type KilnProviderProps } from './provider';
export { en, type KilnLabels } from './labels';
export { zhCN } from './labels-zh-cn';
export { defaultRefreshInterval, type PollState } from './polling';
export { requestDirectUpload, UploadFailure, type DirectUploadTarget, type GetUploadTarget } from './upload';
export { sniffKind } from './file-check';
export type { FileKind, PublicJob, SubmitAccepted } from './types';
