'use client';
import { useEffect, useId, useMemo, useRef, useState, type ClipboardEvent, type DragEvent } from 'react';
import { acceptAttribute, checkFiles, type FileProblem } from './file-check';
import { formatBytes } from './format';
import { mergeLabels, type KilnLabels } from './labels';
import { rememberDeleteToken, type DeleteTokenStorage } from './delete-token';
import { useKilnConfig } from './provider';
import type { FileKind, SubmitAccepted } from './types';
import { requestDirectUpload, submitFile, UploadFailure, type GetUploadTarget } from './upload';

export interface UploadWidgetProps {
  /**
   * The submit route.
   * @default the `KilnProvider`'s `submitUrl`, else "/api/cv/submit"
   */
  submitUrl?: string;
  /**
   * The multipart field name the server reads (`fieldName` in `defineKiln`).
   * @default "cv"
   */
  fieldName?: string;
  /**
   * Accepted kinds, checked by the file's content before uploading.
   * @default ["pdf", "docx", "txt"]
   */
  accept?: FileKind[];
  /**
   * Largest file, checked before uploading (match the server's `maxUploadBytes`).
   * @default 4194304 (4 MB)
   */
  maxBytes?: number;
  /**
   * Upload straight to storage when the server offers it: `true` uses the `GET ?direct=1` contract
   * (see `DirectUploadTarget`), a function supplies targets itself. When no target comes back, the
   * file goes as a multipart POST to `submitUrl`.
   * @default false
   */
  directUpload?: boolean | GetUploadTarget;
  /**
   * Called once the job is accepted (`202`), e.g. to navigate to `accepted.statusUrl`.
   * @default undefined (the widget shows a link to `statusUrl`)
   */
  onUploaded?: (accepted: SubmitAccepted) => void;
  /**
   * Where to keep the job's `deleteToken` from the 202, keyed by job id (`kiln:delete-token:<jobId>`),
   * so `JobResult` can offer "Delete my data" in this browser: `"local"` survives closing the tab,
   * `"session"` does not; `false` keeps nothing (read it from `onUploaded` yourself).
   * @default "local"
   */
  keepDeleteToken?: DeleteTokenStorage | false;
  /**
   * Strings; a partial set is filled from the provider's labels, then English.
   * @default en
   */
  labels?: Partial<KilnLabels>;
  /**
   * Added to the root element's classes.
   * @default undefined
   */
  className?: string;
  /**
   * Drops the `kiln-*` class names so that only your `className` and CSS apply.
   * @default false
   */
  unstyled?: boolean;
  /**
   * @default false
   */
  disabled?: boolean;
}

/** Inline, so the announcements stay hidden from sight in the unstyled mode too. */
const visuallyHidden = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' } as const;

type Phase =
  | { name: 'idle' }
  | { name: 'invalid'; problem: FileProblem }
  | { name: 'uploading'; file: File; fraction: number }
  | { name: 'cancelled'; file: File }
  | { name: 'error'; file: File; failure: UploadFailure }
  | { name: 'done'; accepted: SubmitAccepted };

/** An accessible, dependency-free upload control: click, keyboard, drag and drop, paste. */
export function UploadWidget(props: UploadWidgetProps) {
  const config = useKilnConfig();
  const { fieldName = 'cv', accept = ['pdf', 'docx', 'txt'], maxBytes = 4 * 1024 * 1024, directUpload = false, onUploaded, keepDeleteToken = 'local', className, unstyled, disabled } = props;
  const submitUrl = props.submitUrl ?? config.submitUrl;
  const labels = useMemo(() => mergeLabels(config.labels, props.labels), [config.labels, props.labels]);
  const [phase, setPhase] = useState<Phase>({ name: 'idle' });
  const [dragOver, setDragOver] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const primaryRef = useRef<HTMLButtonElement & HTMLAnchorElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const focusWithin = useRef(false);
  const abortRef = useRef<AbortController | null>(null);
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const types = accept.map((kind) => kind.toUpperCase()).join(', ');
  const maxSize = formatBytes(maxBytes);
  const c = (name: string) => (unstyled ? undefined : `kiln-upload__${name}`);

  useEffect(() => () => abortRef.current?.abort(), []);
  // When the focused control is replaced (Choose → Cancel → Try again), keep focus in the widget.
  useEffect(() => {
    if (focusWithin.current && !rootRef.current?.contains(document.activeElement)) primaryRef.current?.focus();
  }, [phase.name]);

  async function upload(file: File) {
    const controller = new AbortController();
    abortRef.current = controller;
    setPhase({ name: 'uploading', file, fraction: 0 });
    try {
      const accepted = await submitFile(file, {
        submitUrl,
        fieldName,
        signal: controller.signal,
        onProgress: (fraction) => setPhase((current) => (current.name === 'uploading' && current.file === file ? { ...current, fraction } : current)),
        getUploadTarget: directUpload === true ? requestDirectUpload : directUpload || undefined,
      });
      if (accepted.deleteToken && keepDeleteToken) rememberDeleteToken(accepted.jobId, accepted.deleteToken, keepDeleteToken);
      setPhase({ name: 'done', accepted });
      onUploaded?.(accepted);
    } catch (error) {
      const failure = error instanceof UploadFailure ? error : new UploadFailure('network', String(error));
      if (abortRef.current === controller) setPhase(failure.kind === 'aborted' ? { name: 'cancelled', file } : { name: 'error', file, failure });
    }
  }

  async function take(list: FileList | null | undefined) {
    const files = Array.from(list ?? []);
    if (disabled || files.length === 0 || phase.name === 'uploading') return;
    const problem = await checkFiles(files, { maxBytes, accept });
    if (problem) setPhase({ name: 'invalid', problem });
    else await upload(files[0]!);
  }

  function onDrag(event: DragEvent) {
    event.preventDefault();
    setDragOver(event.type !== 'dragleave' || rootRef.current?.contains(event.relatedTarget as Node | null) === true);
  }

  const problemText = (problem: FileProblem) =>
    problem.code === 'too_many' ? labels.tooMany : problem.code === 'empty_file' ? labels.emptyFile(problem) : problem.code === 'too_large' ? labels.tooLarge({ name: problem.name, maxSize }) : labels.wrongType({ name: problem.name, types });
  const failureText = (failure: UploadFailure) => (failure.kind === 'network' ? labels.networkError : failure.message || labels.serverError({ status: failure.status }));

  const error = phase.name === 'invalid' ? problemText(phase.problem) : phase.name === 'error' ? failureText(phase.failure) : null;
  const percent = phase.name === 'uploading' ? Math.round(phase.fraction * 100) : 0;
  // Announce progress in quarters: every progress event would drown a screen reader.
  const announcement =
    phase.name === 'uploading' ? labels.uploading({ name: phase.file.name, percent: Math.floor(percent / 25) * 25 }) : phase.name === 'cancelled' ? labels.cancelled : phase.name === 'done' ? labels.uploaded : '';
  const canRetry = phase.name === 'cancelled' || (phase.name === 'error' && phase.failure.retryable);

  return (
    <div
      ref={rootRef}
      className={[unstyled ? '' : 'kiln-upload', className].filter(Boolean).join(' ') || undefined}
      data-state={dragOver ? 'dragover' : phase.name}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={(event) => {
        event.preventDefault();
        setDragOver(false);
        void take(event.dataTransfer.files);
      }}
      onPaste={(event: ClipboardEvent) => {
        if (event.clipboardData.files.length === 0) return;
        event.preventDefault();
        void take(event.clipboardData.files);
      }}
      onFocus={() => (focusWithin.current = true)}
      onBlur={(event) => (focusWithin.current = rootRef.current?.contains(event.relatedTarget as Node | null) === true)}
    >
      <input
        ref={inputRef}
        type="file"
        hidden
        tabIndex={-1}
        accept={acceptAttribute(accept)}
        disabled={disabled}
        onChange={(event) => {
          void take(event.currentTarget.files);
          event.currentTarget.value = ''; // choosing the same file again must fire change again
        }}
      />
      {phase.name === 'uploading' ? (
        <>
          <span className={c('status')} aria-hidden="true">
            {labels.uploading({ name: phase.file.name, percent })}
          </span>
          <progress className={c('progress')} max={100} value={percent} aria-label={labels.uploadProgress} />
          <button ref={primaryRef} type="button" className={c('button')} onClick={() => abortRef.current?.abort()}>
            {labels.cancel}
          </button>
        </>
      ) : phase.name === 'done' ? (
        <a ref={primaryRef} className={c('link')} href={phase.accepted.statusUrl}>
          {labels.viewJob}
        </a>
      ) : (
        <>
          {canRetry && (
            <button ref={primaryRef} type="button" className={c('button')} onClick={() => void upload(phase.file)} aria-describedby={error ? errorId : undefined}>
              {labels.retry}
            </button>
          )}
          <button
            ref={canRetry ? undefined : primaryRef}
            type="button"
            className={c(canRetry ? 'secondary' : 'button')}
            disabled={disabled}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            onClick={() => inputRef.current?.click()}
          >
            {dragOver ? labels.dropNow : labels.choose}
          </button>
          <span className={c('hint')}>{labels.dropHint}</span>
        </>
      )}
      <p id={hintId} className={c('hint')}>
        {labels.restrictions({ types, maxSize })}
      </p>
      <p id={errorId} className={c('error')} role="alert">
        {error}
      </p>
      <p style={visuallyHidden} role="status" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
